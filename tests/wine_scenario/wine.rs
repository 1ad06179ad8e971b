//! A fresh Wine prefix of the scenario's own, on its own X server: the commands run in
//! it with a clean environment, and the paths between Linux and its `C:` drive.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use super::xserver::Xvfb;

pub struct Wine {
    pub prefix: PathBuf,
    home: PathBuf,
    pub display: String,
    /// The Windows user's profile folder, `C:\users\NAME`, on the Linux side.
    pub profile: PathBuf,
}

impl Wine {
    /// Creates the prefix (`wineboot -i`, about 15 s) and puts the test shim for
    /// `bcryptprimitives.dll` into its system32 (see bcryptprimitives_shim.c).
    pub fn create(folder: &Path, xvfb: &Xvfb, shim: &Path) -> Result<Self, String> {
        let home = folder.join("home");
        std::fs::create_dir_all(&home).map_err(|error| error.to_string())?;
        let mut wine = Self {
            prefix: folder.join("prefix"),
            home,
            display: xvfb.display.clone(),
            profile: PathBuf::new(),
        };
        let boot = wine.command("wineboot").arg("-i").output();
        let boot = boot.map_err(|error| format!("cannot run wineboot: {error}"))?;
        if !boot.status.success() {
            return Err(format!("wineboot -i failed: {}", text(&boot.stderr)));
        }
        wine.wait_idle()?;
        wine.profile = wine
            .user_folder()
            .ok_or("the new prefix has no user folder in drive_c/users")?;
        let system32 = wine.prefix.join("drive_c/windows/system32");
        std::fs::copy(shim, system32.join("bcryptprimitives.dll"))
            .map_err(|error| format!("cannot copy the shim into system32: {error}"))?;
        Ok(wine)
    }

    fn user_folder(&self) -> Option<PathBuf> {
        let users = std::fs::read_dir(self.prefix.join("drive_c/users")).ok()?;
        users
            .filter_map(Result::ok)
            .find(|entry| entry.file_name() != "Public")
            .map(|entry| entry.path())
    }

    /// A command inside the prefix: only the variables Wine needs, no Mono or Gecko
    /// installer dialogs, no debug output.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &self.home)
            .env("USER", std::env::var_os("USER").unwrap_or("tester".into()))
            .env("DISPLAY", &self.display)
            .env("WINEPREFIX", &self.prefix)
            .env("WINEDEBUG", "-all")
            .env("WINEDLLOVERRIDES", "mscoree,mshtml=")
            .env("LANG", "de_DE.UTF-8")
            .env("LC_ALL", "C.UTF-8")
            .stdin(Stdio::null());
        command
    }

    /// Runs a Windows program (a `C:\…` path or one on the search path) to its end.
    pub fn run(&self, program: &str, args: &[&str]) -> Result<Output, String> {
        self.command("wine")
            .arg(program)
            .args(args)
            .output()
            .map_err(|error| format!("cannot run wine {program}: {error}"))
    }

    /// Starts a Windows program and leaves it running.
    pub fn spawn(&self, program: &str, args: &[&str], log: &Path) -> Result<Child, String> {
        let log = std::fs::File::create(log).map_err(|error| error.to_string())?;
        let log_too = log.try_clone().map_err(|error| error.to_string())?;
        self.command("wine")
            .arg(program)
            .args(args)
            .stdout(log)
            .stderr(log_too)
            .spawn()
            .map_err(|error| format!("cannot start wine {program}: {error}"))
    }

    /// Waits until every program of the prefix has ended (an NSIS uninstaller runs a
    /// copy of itself from the temporary folder and returns before it is done).
    pub fn wait_idle(&self) -> Result<(), String> {
        let start = Instant::now();
        let status = self
            .command("wineserver")
            .arg("-w")
            .status()
            .map_err(|error| format!("cannot run wineserver -w: {error}"))?;
        if !status.success() || start.elapsed() > Duration::from_secs(120) {
            return Err(format!("wineserver -w: {status}"));
        }
        Ok(())
    }

    /// `C:\a\b` for `drive_c/a/b` of the prefix.
    pub fn windows_path(&self, linux: &Path) -> Result<String, String> {
        let relative = linux
            .strip_prefix(self.prefix.join("drive_c"))
            .map_err(|_| format!("{} is not on drive C:", linux.display()))?;
        let parts: Vec<String> = relative
            .components()
            .map(|part| part.as_os_str().to_string_lossy().into_owned())
            .collect();
        Ok(format!("C:\\{}", parts.join("\\")))
    }

    /// The values of a registry key (`reg query`), or `None` when the key is missing.
    pub fn registry(&self, key: &str) -> Result<Option<String>, String> {
        let output = self.run("reg", &["query", key])?;
        Ok(output.status.success().then(|| text(&output.stdout)))
    }

    /// Stops everything still running in the prefix.
    pub fn kill_all(&self) {
        let _ = self.command("wineserver").arg("-k").status();
    }
}

impl Drop for Wine {
    fn drop(&mut self) {
        self.kill_all();
    }
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
