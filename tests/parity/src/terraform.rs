//! Running real Terraform on a throwaway root that holds the module's variable
//! declarations and input checks, so `terraform plan -var-file` judges a file
//! without any provider.

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Root {
    pub dir: PathBuf,
}

impl Root {
    /// Copies `files` of `module_dir` into a fresh directory and runs `terraform init`.
    pub fn create(module_dir: &Path, files: &[String], work: &Path) -> Result<Root, String> {
        let dir = work.join("root");
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for f in files {
            let from = module_dir.join(f);
            std::fs::copy(&from, dir.join(f)).map_err(|e| format!("{}: {e}", from.display()))?;
        }
        let out = Command::new(terraform())
            .args(["init", "-backend=false", "-input=false", "-no-color"])
            .current_dir(&dir)
            .env("CHECKPOINT_DISABLE", "1")
            .output()
            .map_err(|e| format!("cannot run terraform: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "terraform init failed:\n{}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(Root { dir })
    }

    /// `terraform plan -json -var-file=CASE`: the JSON lines it prints.
    pub fn plan(&self, case: &Path) -> Result<String, String> {
        let out = Command::new(terraform())
            .args([
                "plan",
                "-input=false",
                "-lock=false",
                "-refresh=false",
                "-no-color",
                "-json",
            ])
            .arg(format!("-var-file={}", case.display()))
            .current_dir(&self.dir)
            .env("CHECKPOINT_DISABLE", "1")
            .output()
            .map_err(|e| format!("cannot run terraform: {e}"))?;
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

fn terraform() -> String {
    std::env::var("TERRAFORM").unwrap_or_else(|_| "terraform".into())
}
