//! The compiler's argument info (`FUNCDATA $5`, the `f.arginfo1` symbol a
//! listing prints as bytes): for each parameter (receiver first, results
//! not included) its pieces as (offset, size) pairs, aggregates bracketed.
//! It gives a listing's parameter count and sizes exactly; which pieces are
//! floats it does not say, so [`assign`] picks the register assignment
//! (ABIInternal: in order, integers AX.., floats X0..; a parameter that
//! does not fit goes wholly to the stack) that best explains the registers
//! the code reads at entry.

/// Byte markers of the encoding.
const END_SEQ: u8 = 0xff;
const START_AGG: u8 = 0xfe;
const END_AGG: u8 = 0xfd;
const DOTDOTDOT: u8 = 0xfc;
const OFFSET_TOO_LARGE: u8 = 0xfb;

/// Search at most this many float-or-integer pieces exhaustively.
const MAX_SEARCH: usize = 12;

/// One parameter: its (offset, size) pieces; `agg` if written as an aggregate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArgParam {
    pub pieces: Vec<(u64, u64)>,
    pub agg: bool,
}

/// Decodes argument info; `None` when truncated (`...`, offsets too large)
/// or malformed, as the exact layout is then unknown.
pub fn decode(bytes: &[u8]) -> Option<Vec<ArgParam>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            END_SEQ => return (depth == 0).then_some(out),
            DOTDOTDOT | OFFSET_TOO_LARGE => return None,
            START_AGG => {
                if depth == 0 {
                    out.push(ArgParam {
                        pieces: Vec::new(),
                        agg: true,
                    });
                }
                depth += 1;
                i += 1;
            }
            END_AGG => {
                depth = depth.checked_sub(1)?;
                i += 1;
            }
            off => {
                let size = *bytes.get(i + 1)? as u64;
                if depth == 0 {
                    out.push(ArgParam {
                        pieces: Vec::new(),
                        agg: false,
                    });
                }
                out.last_mut()?.pieces.push((off as u64, size));
                i += 2;
            }
        }
    }
    None
}

/// Where one piece went: an integer or float register (index in its
/// class's order), or the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loc {
    Int(usize),
    Float(usize),
    Stack,
}

/// The assignment of every piece that best explains `read` (argument
/// registers read before written: (is float, index)), preferring integers
/// when the code does not tell. Pieces of 1 or 2 bytes are integers.
pub fn assign(params: &[ArgParam], read: &[(bool, usize)]) -> Vec<Vec<Loc>> {
    let choosable: Vec<(usize, usize)> = params
        .iter()
        .enumerate()
        .flat_map(|(p, a)| {
            a.pieces
                .iter()
                .enumerate()
                .filter(|(_, (_, s))| matches!(s, 4 | 8))
                .map(move |(k, _)| (p, k))
        })
        .collect();
    let n = choosable.len().min(MAX_SEARCH);
    let mut best: Option<(i64, Vec<Vec<Loc>>)> = None;
    for mask in 0u32..(1u32 << n) {
        let is_float = |p: usize, k: usize| {
            choosable[..n]
                .iter()
                .position(|&c| c == (p, k))
                .is_some_and(|bit| mask & (1 << bit) != 0)
        };
        let locs = simulate(params, &is_float);
        let assigned: Vec<(bool, usize)> = locs
            .iter()
            .flatten()
            .filter_map(|l| match l {
                Loc::Int(i) => Some((false, *i)),
                Loc::Float(i) => Some((true, *i)),
                Loc::Stack => None,
            })
            .collect();
        let explained = read.iter().filter(|r| assigned.contains(r)).count() as i64;
        let unexplained = read.len() as i64 - explained;
        let score = 100 * explained - 100 * unexplained - float_cost(params, &is_float);
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, locs));
        }
    }
    best.map(|(_, l)| l).unwrap_or_default()
}

/// Tie-breaker between assignments that explain the reads equally: a
/// float scalar costs more than a float inside an aggregate (complex
/// numbers, float structs), and an aggregate mixing floats and integers
/// costs most.
fn float_cost(params: &[ArgParam], is_float: &dyn Fn(usize, usize) -> bool) -> i64 {
    let mut cost = 0;
    for (p, a) in params.iter().enumerate() {
        let floats = (0..a.pieces.len()).filter(|&k| is_float(p, k)).count() as i64;
        cost += if a.agg { floats } else { 2 * floats };
        if a.agg && floats > 0 && floats < a.pieces.len() as i64 {
            cost += 4;
        }
    }
    cost
}

fn simulate(params: &[ArgParam], is_float: &dyn Fn(usize, usize) -> bool) -> Vec<Vec<Loc>> {
    let (mut ints, mut floats) = (0usize, 0usize);
    let mut out = Vec::new();
    for (p, a) in params.iter().enumerate() {
        let need_f = (0..a.pieces.len()).filter(|&k| is_float(p, k)).count();
        let need_i = a.pieces.len() - need_f;
        if ints + need_i > 9 || floats + need_f > 15 {
            out.push(vec![Loc::Stack; a.pieces.len()]);
            continue;
        }
        out.push(
            (0..a.pieces.len())
                .map(|k| {
                    if is_float(p, k) {
                        floats += 1;
                        Loc::Float(floats - 1)
                    } else {
                        ints += 1;
                        Loc::Int(ints - 1)
                    }
                })
                .collect(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_scalars_and_aggregates() {
        // func Mix(x float64, n int, s string), as the compiler encodes it.
        let ps = decode(&[
            0x00, 0x08, 0x08, 0x08, 0xfe, 0x10, 0x08, 0x18, 0x08, 0xfd, 0xff,
        ])
        .unwrap();
        assert_eq!(ps.len(), 3);
        assert_eq!(ps[2].pieces, [(16, 8), (24, 8)]);
        assert!(ps[2].agg && !ps[0].agg);
        assert_eq!(decode(&[0x00, 0x08, 0xfc, 0xff]), None);
        assert_eq!(decode(&[0x00]), None);
    }

    #[test]
    fn assignment_explains_the_registers_read() {
        let ps = decode(&[
            0x00, 0x08, 0x08, 0x08, 0xfe, 0x10, 0x08, 0x18, 0x08, 0xfd, 0xff,
        ])
        .unwrap();
        // X0 and AX, BX, CX read: x is the float.
        let locs = assign(&ps, &[(true, 0), (false, 0), (false, 1), (false, 2)]);
        assert_eq!(
            locs,
            [
                vec![Loc::Float(0)],
                vec![Loc::Int(0)],
                vec![Loc::Int(1), Loc::Int(2)]
            ]
        );
    }
}
