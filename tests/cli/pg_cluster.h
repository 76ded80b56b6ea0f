#pragma once
// A throwaway PostgreSQL + PostGIS cluster for one test binary: initdb into
// a temporary folder, pg_ctl on a Unix socket in that folder only (no TCP:
// listen_addresses is empty, so no port can clash or be reached from
// outside), trust authentication (nobody else can reach the socket's
// folder), stopped and removed at the end. The server refuses to run as
// root: when the tests run as root (CI), it runs as the `postgres` system
// user Debian's postgresql package creates (or `vtpgtest`, created here).
//
// Start it once per binary (a GoogleTest Environment): initdb costs
// seconds. Register such a binary with add_test, not gtest_discover_tests,
// which would run every test in a process of its own.
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli_run.h"

namespace vt_test {

class PgCluster {
public:
    // Why the cluster cannot run here ("" when it runs): the server binaries
    // or PostGIS are not installed, or initdb / pg_ctl failed.
    const std::string& unavailable() const { return unavailable_; }
    const std::string& socketDir() const { return dir_; }
    const std::string& port() const { return port_; }
    const std::string& serviceFile() const { return serviceFile_; }
    static constexpr const char* kSuperuser = "vt";

    // psql as the cluster's superuser on `db`; the CliRun of the command.
    CliRun psql(const std::string& db, const std::string& sql) const {
        return runShell("psql -X -q -v ON_ERROR_STOP=1 -h '" + dir_ + "' -p " + port_ + " -U " + kSuperuser + " -d '" +
                        db + "' -c " + shellQuote(sql));
    }

    static std::string shellQuote(const std::string& s) {
        std::string q = "'";
        for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
        return q + "'";
    }

    void start() {
        const std::string bin = binDir();
        if (bin.empty()) return setUnavailable("PostgreSQL server binaries (initdb, pg_ctl) are not installed");
        if (!std::filesystem::exists(extensionDir(bin) + "/postgis.control"))
            return setUnavailable("PostGIS is not installed for this PostgreSQL (" + extensionDir(bin) +
                                  "/postgis.control missing): apt-get install postgresql-15-postgis-3");
        char templ[] = "/tmp/vt-pg-XXXXXX";
        if (!::mkdtemp(templ)) return setUnavailable("cannot make a temporary folder");
        dir_ = templ;
        port_ = "5432";  // only names the socket file in dir_: no TCP, nothing to clash with
        std::string runAs;
        if (::geteuid() == 0) {
            runAs = serverUser();
            if (runAs.empty()) return setUnavailable("running as root and no unprivileged user for the server");
            if (runShell("chown '" + runAs + "' '" + dir_ + "'").status != 0)
                return setUnavailable("cannot give " + dir_ + " to " + runAs);
        }
        auto as = [&](const std::string& command) {
            return runAs.empty() ? command : "runuser -u " + runAs + " -- " + command;
        };
        CliRun init = runShell(as(bin + "/initdb -D '" + dir_ + "/data' -A trust -U " + kSuperuser +
                                  " -E UTF8 --locale=C.UTF-8 --no-sync") + " >/dev/null");
        if (init.status != 0) return setUnavailable("initdb failed: " + init.err);
        CliRun up = runShell(as(bin + "/pg_ctl -D '" + dir_ + "/data' -l '" + dir_ + "/server.log' -w -o " +
                                shellQuote("-k '" + dir_ + "' -p " + port_ +
                                           " -c listen_addresses= -c fsync=off -c full_page_writes=off") +
                                " start") + " >/dev/null");
        if (up.status != 0) return setUnavailable("pg_ctl start failed: " + up.err + tail(dir_ + "/server.log"));
        stop_ = as(bin + "/pg_ctl -D '" + dir_ + "/data' -m immediate -w stop") + " >/dev/null";
        serviceFile_ = dir_ + "/pg_service.conf";
        ::setenv("PGSERVICEFILE", serviceFile_.c_str(), 1);
        // Nothing of the machine's own PostgreSQL settings may reach the tests.
        for (const char* v : {"PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD", "PGSERVICE", "PGOPTIONS"})
            ::unsetenv(v);
    }

    // Adds a [name] section to the service file the tests' children read.
    void addService(const std::string& name, const std::string& db, const std::string& user) const {
        std::ofstream out(serviceFile_, std::ios::app);
        out << "[" << name << "]\nhost=" << dir_ << "\nport=" << port_ << "\ndbname=" << db << "\nuser=" << user << "\n\n";
    }

    void stop() {
        if (!stop_.empty()) runShell(stop_);
        stop_.clear();
        if (!dir_.empty()) {
            std::error_code ec;
            std::filesystem::remove_all(dir_, ec);
        }
    }

private:
    void setUnavailable(std::string why) { unavailable_ = std::move(why); }

    static std::string binDir() {
        for (const char* v : {"18", "17", "16", "15", "14", "13"}) {
            std::string dir = std::string("/usr/lib/postgresql/") + v + "/bin";
            if (std::filesystem::exists(dir + "/initdb") && std::filesystem::exists(dir + "/pg_ctl")) return dir;
        }
        return {};
    }

    static std::string extensionDir(const std::string& bin) {
        // /usr/lib/postgresql/15/bin → /usr/share/postgresql/15/extension
        std::string version = std::filesystem::path(bin).parent_path().filename().string();
        return "/usr/share/postgresql/" + version + "/extension";
    }

    static std::string serverUser() {
        if (::getpwnam("postgres")) return "postgres";
        if (::getpwnam("vtpgtest")) return "vtpgtest";
        if (runShell("useradd --system --no-create-home --shell /usr/sbin/nologin vtpgtest").status == 0) return "vtpgtest";
        return {};
    }

    static std::string tail(const std::string& file) {
        std::ifstream in(file);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        return text.size() > 2000 ? text.substr(text.size() - 2000) : text;
    }

    std::string dir_, port_, serviceFile_, stop_, unavailable_;
};

}  // namespace vt_test
