#include "TestTables.h"
#include "models/features/FeatureSpec.h"
#include <QJsonDocument>
#include <QDebug>
using namespace valuator;
int runFeatureSpecRuleTests(int, char**) { return 0; }
int runFeatureSpecFixtureTests(int, char**)
{
    const Table& t = testing::cleanFixture();
    for (const Column& c : t.columns()) qDebug() << c.name() << int(c.type());
    auto spec = FeatureSpec::build(t, {});
    qDebug() << spec->featureNames();
    qDebug().noquote() << QJsonDocument(spec->toJson()).toJson(QJsonDocument::Compact).left(3000);
    TransformReport rep;
    auto m = spec->transform(testing::dirtyFixture(), &rep);
    qDebug().noquote() << QJsonDocument(rep.toJson()).toJson(QJsonDocument::Compact);
    auto m2 = spec->transform(t, &rep);
    for (int c = 0; c < m2->columns; ++c) qDebug() << m2->names[c] << m2->at(0, c) << m2->at(1, c);
    return 0;
}
