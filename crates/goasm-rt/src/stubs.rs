//! What the runtime learns from a program's Go declarations (stub files):
//! which argument and result words of each assembly function are pointers,
//! so a stack copy can move pointers that point into the stack itself.

use goasm_vm::Machine;

/// Tells the machine which argument words of each declared assembly
/// function hold pointers, so stack growth can move pointers into the stack.
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
            let Some(entry) = machine.func(&format!("·{}", decl.name)).map(|f| f.entry) else {
                continue;
            };
            let layout = goasm_abi::abi0::layout(&sig);
            let offsets: Vec<u64> = layout
                .params
                .iter()
                .chain(&layout.results)
                .flat_map(|slot| {
                    goasm_abi::sizes::pointer_offsets(&slot.ty)
                        .into_iter()
                        .map(move |o| slot.offset + o)
                })
                .collect();
            if !offsets.is_empty() {
                machine.arg_pointers.insert(entry, offsets);
            }
        }
    }
}
