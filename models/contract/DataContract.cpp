// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contract/DataContract.h"

#include "models/contract/ContractParser.h"

namespace valuator {

const ContractProperty* ContractObject::property(const QString& name) const
{
    for (const ContractProperty& p : properties)
        if (p.name == name)
            return &p;
    return nullptr;
}

Result<DataContract> DataContract::parse(const QByteArray& yaml, const QString& origin)
{
    return ContractParser(origin).parse(yaml);
}

QStringList DataContract::supportedApiVersions()
{
    // v3.1.0 only renamed library rules (rule -> metric) and added optional fields; both spellings are read.
    return {QStringLiteral("v3.0.0"), QStringLiteral("v3.0.1"), QStringLiteral("v3.0.2"), QStringLiteral("v3.1.0")};
}

const ContractObject* DataContract::object(const QString& name) const
{
    if (name.isEmpty())
        return schema.isEmpty() ? nullptr : &schema.first();
    for (const ContractObject& o : schema)
        if (o.name == name)
            return &o;
    return nullptr;
}

} // namespace valuator
