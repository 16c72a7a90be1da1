//! Printing an inferred prototype the way gofmt prints a declaration:
//! consecutive values of one type share it (`a, b int64`), results named
//! only by vet's convention for unnamed results (`ret`, `ret1`, ...) print
//! without names, a single one bare.

use super::{Proto, Source, Value};

/// `a, b int64, s string`: names grouped over runs of one type.
fn named_list(vs: &[Value]) -> String {
    let mut groups: Vec<(Vec<&str>, String)> = Vec::new();
    for v in vs {
        let ty = v.go_type();
        match groups.last_mut() {
            Some((names, t)) if *t == ty => names.push(&v.name),
            _ => groups.push((vec![&v.name], ty)),
        }
    }
    groups
        .iter()
        .map(|(names, ty)| format!("{} {ty}", names.join(", ")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Results carry vet's names for unnamed results: `ret`, `ret1`, `ret2`...
fn vet_unnamed(vs: &[Value]) -> bool {
    vs.iter().enumerate().all(|(i, v)| {
        if i == 0 {
            v.name == "ret"
        } else {
            v.name == format!("ret{i}")
        }
    })
}

impl Proto {
    /// `func Name(a, b int64, s string) (n int64, ok bool)`.
    pub fn signature(&self) -> String {
        let res = match self.results.as_slice() {
            [] => String::new(),
            [v] if vet_unnamed(&self.results) => format!(" {}", v.go_type()),
            rs if vet_unnamed(rs) => format!(
                " ({})",
                rs.iter().map(Value::go_type).collect::<Vec<_>>().join(", ")
            ),
            rs => format!(" ({})", named_list(rs)),
        };
        format!("func {}({}){res}", self.name, named_list(&self.params))
    }

    /// The signature plus where it came from and one confidence line per
    /// value.
    pub fn render(&self) -> String {
        let mut s = self.signature();
        s.push('\n');
        match &self.source {
            Source::References => {}
            Source::TailCall(t) => s.push_str(&format!("\t// frame of tail-call target {t}\n")),
            Source::DocComment(line) => s.push_str(&format!(
                "\t// from the comment at line {line}, checked against the FP references and $-argsize\n"
            )),
        }
        if let Some(why) = &self.rejected_comment {
            s.push_str(&format!("\t// comment not used: {why}\n"));
        }
        for (what, v) in self
            .params
            .iter()
            .map(|v| ("param", v))
            .chain(self.results.iter().map(|v| ("result", v)))
        {
            let place = match &v.registers {
                Some(r) => format!("[{r}]"),
                None => format!("+{}", v.offset),
            };
            s.push_str(&format!(
                "\t// {what} {} {place} {}: {} confidence: {}\n",
                v.name,
                v.go_type(),
                v.confidence,
                v.note
            ));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Confidence, Proto, Shape, Source, Value};

    fn v(name: &str, offset: u64, shape: Shape) -> Value {
        Value {
            name: name.into(),
            offset,
            shape,
            declared_type: None,
            registers: None,
            confidence: Confidence::High,
            note: String::new(),
        }
    }

    fn proto(params: Vec<Value>, results: Vec<Value>) -> Proto {
        Proto {
            name: "F".into(),
            line: 1,
            params,
            results,
            argsize: None,
            source: Source::References,
            rejected_comment: None,
        }
    }

    #[test]
    fn groups_runs_of_one_type_like_gofmt() {
        let p = proto(
            vec![
                v("a", 0, Shape::int(8)),
                v("b", 8, Shape::int(8)),
                v("s", 16, Shape::String),
                v("c", 32, Shape::int(8)),
            ],
            vec![v("n", 40, Shape::int(8)), v("ok", 48, Shape::Bool)],
        );
        assert_eq!(
            p.signature(),
            "func F(a, b uint64, s string, c uint64) (n uint64, ok bool)"
        );
    }

    #[test]
    fn vet_named_results_print_unnamed() {
        let one = proto(vec![], vec![v("ret", 0, Shape::Float(8))]);
        assert_eq!(one.signature(), "func F() float64");
        let two = proto(
            vec![],
            vec![v("ret", 0, Shape::int(8)), v("ret1", 8, Shape::Bool)],
        );
        assert_eq!(two.signature(), "func F() (uint64, bool)");
        let mixed = proto(
            vec![],
            vec![v("ret", 0, Shape::int(8)), v("ok", 8, Shape::Bool)],
        );
        assert_eq!(mixed.signature(), "func F() (ret uint64, ok bool)");
    }
}
