// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace valuator {

class AuditLogModel;
class MessageBanner;
class Session;

/// The workspace at a glance: file, schema, creation, row counts, and the audit log with a chain check that
/// runs as a background job.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(Session& session, QWidget* parent = nullptr);

    AuditLogModel* auditModel() const { return m_auditModel; }
    QPushButton* verifyButton() const { return m_verify; }
    MessageBanner* banner() const { return m_banner; }

public slots:
    void refresh();
    void verifyAuditChain();

private:
    Session& m_session;
    MessageBanner* m_banner;
    QLabel* m_file;
    QLabel* m_schema;
    QLabel* m_created;
    QLabel* m_size;
    QLabel* m_counts;
    AuditLogModel* m_auditModel;
    QTableView* m_auditView;
    QPushButton* m_verify;
    QPushButton* m_refresh;
};

} // namespace valuator
