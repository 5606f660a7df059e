#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <functional>
#include <memory>

namespace mi {

// A small thread-safe memo for values derived from pack text (a rubric's alias
// automaton, a reference's term vector): the same question is scored again and
// again, its derived data need not be rebuilt. Cleared when it grows too big.
template <typename T>
class Memo
{
public:
    explicit Memo(int capacity = 2048) : m_capacity(capacity) {}

    std::shared_ptr<const T> get(const QString &key, const std::function<T()> &make) const
    {
        {
            QMutexLocker lock(&m_mutex);
            if (auto it = m_values.constFind(key); it != m_values.cend())
                return it.value();
        }
        auto value = std::make_shared<const T>(make());
        QMutexLocker lock(&m_mutex);
        if (m_values.size() >= m_capacity)
            m_values.clear();
        m_values.insert(key, value);
        return value;
    }

private:
    int m_capacity;
    mutable QMutex m_mutex;
    mutable QHash<QString, std::shared_ptr<const T>> m_values;
};

} // namespace mi
