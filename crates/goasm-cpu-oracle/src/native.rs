//! Runs cases on the real CPU: writes a Go module with one `package main`
//! per family (the `.s`, the declarations, and a driver that reads input
//! words from stdin and prints output words), builds them all with one `go
//! build`, and runs each binary.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::case::Case;
use crate::fixture::{case_name, frame_shape, render_asm, render_decls};

/// The driver: a table of every case function, called in order on the
/// input lines (hex words separated by spaces); prints the output words.
fn render_main(cases: &[Case]) -> String {
    let (k, m) = frame_shape(cases);
    let mut s = String::from(
        "package main\n\nimport (\n\t\"bufio\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n)\n\n",
    );
    let _ = writeln!(s, "var fns = [...]func([{k}]uint64) [{m}]uint64{{");
    for i in 0..cases.len() {
        let _ = writeln!(s, "\t{},", case_name(i));
    }
    s.push_str("}\n\n");
    let _ = write!(
        s,
        r#"func main() {{
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	var buf []byte
	for i := 0; sc.Scan(); i++ {{
		var in [{k}]uint64
		for j, f := range strings.Fields(sc.Text()) {{
			v, err := strconv.ParseUint(f, 16, 64)
			if err != nil {{
				panic(err)
			}}
			in[j] = v
		}}
		out := fns[i](in)
		buf = buf[:0]
		for j, v := range out {{
			if j > 0 {{
				buf = append(buf, ' ')
			}}
			buf = strconv.AppendUint(buf, v, 16)
		}}
		buf = append(buf, '\n')
		w.Write(buf)
	}}
}}
"#
    );
    s
}

/// Builds and runs `families` (name, cases) in `dir`; returns the output
/// words of every case, per family.
pub fn run(
    go: &Path,
    dir: &Path,
    families: &[(&str, &[Case])],
) -> Result<Vec<Vec<Vec<u64>>>, String> {
    let io = |e: std::io::Error| e.to_string();
    std::fs::create_dir_all(dir).map_err(io)?;
    std::fs::write(dir.join("go.mod"), "module cpuoracle\n\ngo 1.27\n").map_err(io)?;
    let mut pkgs = Vec::new();
    for (name, cases) in families {
        let pkg = dir.join(name);
        std::fs::create_dir_all(&pkg).map_err(io)?;
        std::fs::write(pkg.join("cases_amd64.s"), render_asm(name, cases)).map_err(io)?;
        std::fs::write(pkg.join("decls.go"), render_decls(cases)).map_err(io)?;
        std::fs::write(pkg.join("main.go"), render_main(cases)).map_err(io)?;
        pkgs.push(format!("./{name}"));
    }
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).map_err(io)?;
    let mut cmd = goasm_testkit::go_command(go);
    cmd.current_dir(dir)
        .arg("build")
        .arg("-o")
        .arg(&bin)
        .args(&pkgs);
    let out = cmd.output().map_err(|e| format!("running go build: {e}"))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let first: Vec<&str> = err.lines().take(20).collect();
        return Err(format!("go build failed:\n{}", first.join("\n")));
    }
    families
        .iter()
        .map(|(name, cases)| run_binary(&bin.join(name), cases))
        .collect()
}

fn run_binary(exe: &Path, cases: &[Case]) -> Result<Vec<Vec<u64>>, String> {
    let mut input = String::new();
    for c in cases {
        let words: Vec<String> = c.inputs.iter().map(|w| format!("{w:x}")).collect();
        input.push_str(&words.join(" "));
        input.push('\n');
    }
    let mut child = Command::new(exe)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", exe.display()))?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("{}: {e}", exe.display()))?;
    let _ = writer.join();
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let first: String = err.lines().take(12).collect::<Vec<_>>().join("\n");
        return Err(format!("{} failed: {}\n{first}", exe.display(), out.status));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let rows: Vec<Vec<u64>> = text
        .lines()
        .map(|l| {
            l.split(' ')
                .map(|w| u64::from_str_radix(w, 16).map_err(|e| format!("bad output {w:?}: {e}")))
                .collect()
        })
        .collect::<Result<_, _>>()?;
    if rows.len() != cases.len() {
        return Err(format!(
            "{}: {} output lines for {} cases",
            exe.display(),
            rows.len(),
            cases.len()
        ));
    }
    Ok(rows)
}
