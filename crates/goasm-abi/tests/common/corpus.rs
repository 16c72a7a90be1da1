//! Deterministic random Go signatures over every type kind goasm handles:
//! predeclared types, pointers, slices, arrays, inline structs (blank, embedded
//! and zero-size fields), maps, chans, funcs, interfaces, named types and
//! aliases, variadics and methods.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const BASICS: &[&str] = &[
    "bool",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "float32",
    "float64",
    "complex64",
    "complex128",
    "string",
    "byte",
    "rune",
    "unsafe.Pointer",
    "error",
    "any",
];

#[derive(Clone, Debug)]
pub struct NamedDecl {
    pub name: String,
    pub alias: bool,
    pub def: String,
    /// Defined struct or basic type: can be embedded and can have methods.
    pub embeddable: bool,
}

#[derive(Clone, Debug)]
pub struct SigSpec {
    pub index: usize,
    /// (type name, pointer receiver)
    pub recv: Option<(String, bool)>,
    pub params: Vec<String>,
    pub results: Vec<String>,
    pub variadic: bool,
    /// 0: all named, 1: all unnamed, 2: named with grouping and one blank.
    pub naming: u8,
}

pub struct Corpus {
    pub types: Vec<NamedDecl>,
    pub sigs: Vec<SigSpec>,
}

struct Gen {
    rng: ChaCha8Rng,
    types: Vec<NamedDecl>,
}

impl Gen {
    fn basic(&mut self) -> String {
        BASICS[self.rng.gen_range(0..BASICS.len())].to_string()
    }

    fn ty(&mut self, depth: u32) -> String {
        if depth >= 3 {
            return self.basic();
        }
        match self.rng.gen_range(0..100) {
            0..=34 => self.basic(),
            35..=44 if !self.types.is_empty() => {
                let i = self.rng.gen_range(0..self.types.len());
                self.types[i].name.clone()
            }
            45..=49 => format!("*{}", self.ty(depth + 1)),
            50..=54 => format!("[]{}", self.ty(depth + 1)),
            55..=64 => {
                let n = [0, 1, 1, 2, 3][self.rng.gen_range(0..5)];
                format!("[{n}]{}", self.ty(depth + 1))
            }
            65..=82 => self.strukt(depth),
            83..=85 => format!("map[string]{}", self.ty(depth + 1)),
            86..=87 => format!("chan {}", self.ty(depth + 1)),
            88..=89 => "func(int) string".into(),
            90..=92 => "interface{}".into(),
            93..=95 => "interface{ M() }".into(),
            96..=97 => "struct{}".into(),
            _ => "[0]int64".into(),
        }
    }

    fn strukt(&mut self, depth: u32) -> String {
        let n = self.rng.gen_range(0..5);
        let mut fields = Vec::new();
        let mut blank = false;
        let mut embedded: Vec<String> = Vec::new();
        for i in 0..n {
            let roll = self.rng.gen_range(0..100);
            if roll < 8 && !blank {
                blank = true;
                fields.push(format!("_ {}", self.ty(depth + 1)));
            } else if roll < 16 {
                let cands: Vec<String> = self
                    .types
                    .iter()
                    .filter(|t| t.embeddable && !embedded.contains(&t.name))
                    .map(|t| t.name.clone())
                    .collect();
                if cands.is_empty() {
                    fields.push(format!("f{i} {}", self.ty(depth + 1)));
                } else {
                    let c = cands[self.rng.gen_range(0..cands.len())].clone();
                    let ptr = if self.rng.gen_bool(0.3) { "*" } else { "" };
                    fields.push(format!("{ptr}{c}"));
                    embedded.push(c);
                }
            } else if roll < 24 && i + 1 == n {
                fields.push(format!(
                    "f{i} {}",
                    ["struct{}", "[0]int64", "[0]byte"][self.rng.gen_range(0..3)]
                ));
            } else {
                fields.push(format!("f{i} {}", self.ty(depth + 1)));
            }
        }
        format!("struct{{{}}}", fields.join("; "))
    }
}

pub fn generate(seed: u64, ntypes: usize, nsigs: usize) -> Corpus {
    let mut g = Gen {
        rng: ChaCha8Rng::seed_from_u64(seed),
        types: Vec::new(),
    };
    for i in 0..ntypes {
        let roll = g.rng.gen_range(0..10);
        let (name, alias, def, embeddable) = match roll {
            0..=4 => (format!("S{i}"), false, g.strukt(1), true),
            5..=6 => (
                format!("N{i}"),
                false,
                ["int16", "int", "float64", "string", "uint8"][g.rng.gen_range(0..5)].to_string(),
                true,
            ),
            7 => (format!("A{i}"), true, g.ty(1), false),
            8 => (
                format!("I{i}"),
                false,
                "interface{ M(); N() int }".into(),
                false,
            ),
            _ => (format!("T{i}"), false, g.ty(1), false),
        };
        g.types.push(NamedDecl {
            name,
            alias,
            def,
            embeddable,
        });
    }
    let mut sigs = Vec::new();
    for index in 0..nsigs {
        let many = g.rng.gen_bool(0.15);
        let np = if many {
            g.rng.gen_range(6..14)
        } else {
            g.rng.gen_range(0..6)
        };
        let nr = if many {
            g.rng.gen_range(3..8)
        } else {
            g.rng.gen_range(0..4)
        };
        let params = (0..np).map(|_| g.ty(0)).collect();
        let results = (0..nr).map(|_| g.ty(0)).collect();
        let variadic = np > 0 && g.rng.gen_bool(0.1);
        let recv = if g.rng.gen_bool(0.15) {
            let cands: Vec<String> = g
                .types
                .iter()
                .filter(|t| t.embeddable)
                .map(|t| t.name.clone())
                .collect();
            (!cands.is_empty()).then(|| {
                (
                    cands[g.rng.gen_range(0..cands.len())].clone(),
                    g.rng.gen_bool(0.5),
                )
            })
        } else {
            None
        };
        let naming = g.rng.gen_range(0..3);
        sigs.push(SigSpec {
            index,
            recv,
            params,
            results,
            variadic,
            naming,
        });
    }
    Corpus {
        types: g.types,
        sigs,
    }
}

impl Corpus {
    pub fn type_decls(&self) -> String {
        let mut s = String::from("type (\n");
        for t in &self.types {
            let eq = if t.alias { " = " } else { " " };
            s.push_str(&format!("\t{}{eq}{}\n", t.name, t.def));
        }
        s.push_str(")\n");
        s
    }
}

fn list(types: &[String], variadic: bool, names: Option<&[String]>) -> String {
    let mut parts = Vec::new();
    for (i, t) in types.iter().enumerate() {
        let t = if variadic && i + 1 == types.len() {
            format!("...{t}")
        } else {
            t.clone()
        };
        match names {
            Some(ns) => parts.push(format!("{} {t}", ns[i])),
            None => parts.push(t),
        }
    }
    parts.join(", ")
}

/// Group consecutive same-typed names: `a, b int`.
fn grouped(types: &[String], variadic: bool, names: &[String]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < types.len() {
        let mut j = i;
        while j + 1 < types.len() && types[j + 1] == types[i] && !(variadic && j + 2 == types.len())
        {
            j += 1;
        }
        let t = if variadic && j + 1 == types.len() {
            format!("...{}", types[i])
        } else {
            types[i].clone()
        };
        out.push(format!("{} {t}", names[i..=j].join(", ")));
        i = j + 1;
    }
    out.join(", ")
}

impl SigSpec {
    pub fn name(&self) -> String {
        if self.recv.is_some() {
            format!("M{}", self.index)
        } else {
            format!("F{}", self.index)
        }
    }

    /// Declaration for the vet stub: no receiver (asmdecl only checks plain
    /// funcs), the receiver becomes the first parameter. Names per `naming`.
    pub fn vet_decl(&self) -> String {
        let mut params = self.params.clone();
        if let Some((t, ptr)) = &self.recv {
            params.insert(0, if *ptr { format!("*{t}") } else { t.clone() });
        }
        let pn: Vec<String> = (0..params.len()).map(|i| format!("p{i}")).collect();
        let rn: Vec<String> = (0..self.results.len()).map(|i| format!("r{i}")).collect();
        let (ps, rs) = match self.naming {
            0 => (
                list(&params, self.variadic, Some(&pn)),
                list(&self.results, false, Some(&rn)),
            ),
            1 => (
                list(&params, self.variadic, None),
                list(&self.results, false, None),
            ),
            _ => {
                let mut pn = pn;
                if let Some(first) = pn.first_mut() {
                    *first = "_".into();
                }
                (
                    grouped(&params, self.variadic, &pn),
                    grouped(&self.results, false, &rn),
                )
            }
        };
        format!("func F{}({ps}) ({rs})", self.index)
    }

    /// Declaration for the compiler: receiver kept, everything named pN / rN.
    pub fn compile_decl(&self) -> String {
        let pn: Vec<String> = (0..self.params.len())
            .map(|i| format!("p{}", i + 1))
            .collect();
        let rn: Vec<String> = (0..self.results.len()).map(|i| format!("r{i}")).collect();
        let recv = match &self.recv {
            Some((t, true)) => format!("(p0 *{t}) "),
            Some((t, false)) => format!("(p0 {t}) "),
            None => String::new(),
        };
        format!(
            "func {recv}{}({}) ({})",
            self.name(),
            list(&self.params, self.variadic, Some(&pn)),
            list(&self.results, false, Some(&rn))
        )
    }

    /// The compiler's symbol for the function (`p.F3`, `p.S1.M4`, `p.(*S1).M4`).
    pub fn symbol(&self) -> String {
        match &self.recv {
            Some((t, true)) => format!("p.(*{t}).{}", self.name()),
            Some((t, false)) => format!("p.{t}.{}", self.name()),
            None => format!("p.{}", self.name()),
        }
    }

    /// Parameter names in the compiled declaration, receiver first.
    pub fn compile_param_names(&self) -> Vec<String> {
        let n = self.params.len() + usize::from(self.recv.is_some());
        let first = usize::from(self.recv.is_none());
        (first..first + n).map(|i| format!("p{i}")).collect()
    }

    /// The companion whose parameters are this function's results: results are
    /// assigned with counters reset to zero, exactly like a function's parameters.
    pub fn results_companion(&self) -> Option<String> {
        if self.results.is_empty() {
            return None;
        }
        let rn: Vec<String> = (0..self.results.len()).map(|i| format!("q{i}")).collect();
        Some(format!(
            "func R{}({})",
            self.index,
            list(&self.results, false, Some(&rn))
        ))
    }
}
