// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>

#include "ImportPageFixture.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    int failed = runImportEditingTests(argc, argv);
    failed += runImportRunTests(argc, argv);
    return failed;
}
