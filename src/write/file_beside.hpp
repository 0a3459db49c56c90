// A file written beside its target under a name no other writer uses (a
// hidden name in the same folder, so that the final rename stays on one file
// system and is atomic), given the target's name only once it is complete:
// a failed or killed write never leaves a half-written file at the target.
#pragma once

#include <string>

namespace sk {

// The name of a new temporary file in the folder of `target`:
// ".summakoll-PID-N" + suffix. Every temporary summakoll leaves beside a
// user's file starts with ".summakoll-", so one left by a hard kill is
// recognisable (README, "Säkerhet och gränser").
std::string temporary_name_beside(const std::string& target, const std::string& suffix = ".tmp");

class FileBeside {
public:
    // Creates the file (mode 0666 less the umask). Throws WriteError(Io).
    explicit FileBeside(const std::string& target);
    ~FileBeside();  // removes the file unless committed
    FileBeside(const FileBeside&) = delete;
    FileBeside& operator=(const FileBeside&) = delete;

    int fd() const { return fd_; }
    // Closes the file and renames it over the target. Throws WriteError(Io).
    void commit();

private:
    std::string target_, path_;
    int fd_ = -1;
};

}  // namespace sk
