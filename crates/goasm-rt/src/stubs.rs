//! What the runtime learns from a program's Go declarations (stub files):
//! which argument and result words of each assembly function are pointers,
//! so a stack copy can move pointers that point into the stack itself.
//! Without a compiler listing nobody wrote the function's `args_stackmap`,
//! so it is made here the way the compiler makes it for a bodyless Go
//! function: bitmap 0 marks the arguments, bitmap 1 (when there are
//! results) the arguments and the results, which the stack copier uses from
//! the function's `GO_RESULTS_INITIALIZED` on.

use goasm_vm::Machine;
use goasm_vm::stackmap::StackMap;

/// Gives each declared assembly function the argument map of its Go
/// declaration (unless the program carries one already).
pub fn declare_stubs(machine: &mut Machine, stubs: &[goasm_abi::ast::SourceFile]) {
    let mut env = goasm_abi::TypeEnv::new();
    for s in stubs {
        let _ = env.add_file(s);
    }
    for stub in stubs {
        for decl in stub.funcs.iter().filter(|f| f.recv.is_none()) {
            let Ok(sig) = env.signature(&stub.file, decl) else {
                continue;
            };
            let layout = goasm_abi::abi0::layout(&sig);
            let words = |slots: &[goasm_abi::abi0::Abi0Slot]| -> Vec<u64> {
                slots
                    .iter()
                    .flat_map(|slot| {
                        goasm_abi::sizes::pointer_offsets(&slot.ty)
                            .into_iter()
                            .map(move |o| (slot.offset + o) / 8)
                    })
                    .collect()
            };
            let params = words(&layout.params);
            let mut all = params.clone();
            all.extend(words(&layout.results));
            let mut maps = vec![params];
            if !layout.results.is_empty() {
                maps.push(all);
            }
            if let Some(map) = args_map(layout.argsize.div_ceil(8), &maps) {
                machine.declare_args_map(&format!("·{}", decl.name), map);
            }
        }
    }
}

/// A stack map of `nbit` words with one bitmap per list of pointer words,
/// encoded as the compiler writes `args_stackmap` and decoded back.
fn args_map(nbit: u64, maps: &[Vec<u64>]) -> Option<StackMap> {
    let nbit = u32::try_from(nbit).ok()?;
    let len = (nbit as usize).div_ceil(8);
    let mut bytes = Vec::with_capacity(8 + maps.len() * len);
    bytes.extend((maps.len() as u32).to_le_bytes());
    bytes.extend(nbit.to_le_bytes());
    for words in maps {
        let mut bm = vec![0u8; len];
        for &w in words {
            if let Some(b) = bm.get_mut((w / 8) as usize) {
                *b |= 1 << (w % 8);
            }
        }
        bytes.extend(bm);
    }
    StackMap::decode(&bytes).ok()
}
