#pragma once

#include "util/result.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

namespace terrain {

// Batches from the reading thread to the writing thread, at most `capacity` waiting, so
// memory stays bounded whichever side is faster.
template <typename Batch>
class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity) : m_capacity(capacity) {}

    // False when the consumer has stopped listening.
    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_queue.size() < m_capacity || m_stopped; });
        if (m_stopped)
            return false;
        m_queue.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    void finish(std::optional<Error> error)
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_error = std::move(error);
        m_notEmpty.notify_one();
    }
    // False at the end of the stream.
    bool pop(Batch& batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_queue.empty() || m_done; });
        if (m_queue.empty())
            return false;
        batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.notify_one();
        return true;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_queue.clear();
        m_notFull.notify_all();
    }
    // Used batches go back to the producer, which frees them: memory is then released by
    // the thread that allocated it (cheaper for malloc than freeing across threads).
    void giveBack(Batch batch)
    {
        std::lock_guard lock(m_mutex);
        m_used.push_back(std::move(batch));
    }
    std::deque<Batch> takeBack()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_used, {});
    }

    std::optional<Error> error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<Batch> m_queue;
    std::deque<Batch> m_used;
    size_t m_capacity;
    bool m_done = false;
    bool m_stopped = false;
    std::optional<Error> m_error;
};

} // namespace terrain
