//! The Go distribution's linux/amd64 packages with assembly, as `go list`
//! reports them, and their go_asm.h headers (built once per test binary).

use goasm_check::Package;
use goasm_testkit::{asm_headers, go_command, goroot};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub struct Pkg {
    pub import: String,
    pub dir: PathBuf,
    pub sfiles: Vec<String>,
    pub gofiles: Vec<String>,
}

pub fn std_packages(go: &Path, root: &Path) -> Vec<Pkg> {
    let mut cmd = go_command(go);
    cmd.current_dir(root.join("src")).args([
        "list",
        "-e",
        "-f",
        "{{.ImportPath}}\t{{.Dir}}\t{{join .SFiles \" \"}}\t{{join .GoFiles \" \"}} {{join .TestGoFiles \" \"}}",
        "std",
    ]);
    let out = cmd.output().expect("go list");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let mut p = l.split('\t');
            let (import, dir, s, g) = (p.next()?, p.next()?, p.next()?, p.next()?);
            let sfiles: Vec<String> = s
                .split(' ')
                .filter(|f| f.ends_with(".s"))
                .map(str::to_string)
                .collect();
            (!sfiles.is_empty()).then(|| Pkg {
                import: import.into(),
                dir: dir.into(),
                sfiles,
                gofiles: g.split_whitespace().map(str::to_string).collect(),
            })
        })
        .collect()
}

pub fn package(root: &Path, p: &Pkg, headers: &HashMap<String, PathBuf>) -> Package {
    let read = |f: &String| {
        let path = p.dir.join(f);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        (path.display().to_string(), text)
    };
    let mut include: Vec<PathBuf> = headers.get(&p.import).into_iter().cloned().collect();
    include.push(root.join("pkg/include"));
    Package {
        path: p.import.clone(),
        asm: p.sfiles.iter().map(read).collect(),
        go: p.gofiles.iter().map(read).collect(),
        config: goasm_syntax::Config {
            include_dirs: include,
            ..goasm_syntax::Config::default()
        },
        vet_only: false,
    }
}

pub struct Std {
    pub root: PathBuf,
    pub pkgs: Vec<Pkg>,
    pub headers: HashMap<String, PathBuf>,
}

/// Lists std and builds the headers once (the work dir is left under the
/// system temp dir for the test binary's lifetime).
pub fn distro(go: &Path) -> &'static Std {
    static STD: OnceLock<Std> = OnceLock::new();
    STD.get_or_init(|| {
        let root = goroot(go);
        let pkgs = std_packages(go, &root);
        let imports: Vec<&str> = pkgs.iter().map(|p| p.import.as_str()).collect();
        let (headers, _work) = asm_headers(go, &root, &imports);
        Std {
            root,
            pkgs,
            headers,
        }
    })
}
