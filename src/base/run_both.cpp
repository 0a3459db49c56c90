#include "base/run_both.hpp"

#include <exception>
#include <thread>

namespace sk::process {

void run_both(bool parallel, const std::function<void()>& first, const std::function<void()>& second) {
    if (!parallel || std::thread::hardware_concurrency() < 2) {
        first();
        second();
        return;
    }
    std::exception_ptr failed[2];
    std::thread other([&] {
        try {
            second();
        } catch (...) {
            failed[1] = std::current_exception();
        }
    });
    try {
        first();
    } catch (...) {
        failed[0] = std::current_exception();
    }
    other.join();
    for (const std::exception_ptr& e : failed)
        if (e) std::rethrow_exception(e);
}

}  // namespace sk::process
