// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QMutex>
#include <QWaitCondition>

namespace valuator::test {

/// A one-shot gate a work function waits on until the test opens it (no sleeping, no polling).
class Gate {
public:
    void open()
    {
        QMutexLocker locker(&m_mutex);
        m_open = true;
        m_opened.wakeAll();
    }
    /// True when opened; false after `msecs` (a safety net so a broken test fails instead of hanging).
    bool wait(int msecs = 10000)
    {
        QMutexLocker locker(&m_mutex);
        const QDeadlineTimer deadline(msecs);
        while (!m_open) {
            if (!m_opened.wait(&m_mutex, deadline))
                return m_open;
        }
        return true;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_opened;
    bool m_open = false;
};

} // namespace valuator::test
