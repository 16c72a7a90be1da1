//! Executable memory for compiled code: mapped writable, filled once, then
//! switched to read+execute (never both writable and executable).

/// A read+execute mapping holding finished machine code.
pub struct ExecBuf {
    ptr: *mut u8,
    len: usize,
}

impl ExecBuf {
    /// Copies `code` into a fresh mapping and makes it executable.
    pub fn new(code: &[u8]) -> Option<ExecBuf> {
        let len = code.len().max(1).div_ceil(4096) * 4096;
        // SAFETY: an anonymous private mapping of `len` bytes; the result
        // is checked before use.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return None;
        }
        let ptr = ptr as *mut u8;
        // SAFETY: `ptr` maps `len >= code.len()` writable bytes that nothing
        // else references.
        unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), ptr, code.len()) };
        // SAFETY: the same mapping, now read+execute only.
        let ok = unsafe { libc::mprotect(ptr as *mut _, len, libc::PROT_READ | libc::PROT_EXEC) };
        if ok != 0 {
            // SAFETY: unmapping the mapping made above.
            unsafe { libc::munmap(ptr as *mut _, len) };
            return None;
        }
        Some(ExecBuf { ptr, len })
    }

    /// The address of byte `off`.
    pub fn at(&self, off: usize) -> u64 {
        self.ptr as u64 + off as u64
    }
}

impl Drop for ExecBuf {
    fn drop(&mut self) {
        // SAFETY: `ptr`/`len` are the mapping made in `new`, unmapped once.
        unsafe { libc::munmap(self.ptr as *mut _, self.len) };
    }
}

impl std::fmt::Debug for ExecBuf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ExecBuf({} bytes)", self.len)
    }
}
