// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>

#include "DatasetsTestSuites.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    int failed = runTableModelTests(argc, argv);
    failed += runDatasetsPageTests(argc, argv);
    return failed;
}
