//! Input values: random words with edge cases mixed in.
//!
//! Half of the integer operands put an edge value in the operand's low
//! `bits` (0, 1, -1, signed and unsigned extremes, sign boundaries of every
//! narrower width); the bits above the operand are always random, so partial
//! register writes and zero/sign extension are checked on every case.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

/// Mask of the low `bits` bits.
pub fn mask(bits: u32) -> u64 {
    if bits >= 64 {
        u64::MAX
    } else {
        (1 << bits) - 1
    }
}

/// Sign-extends the low `bits` of `v`.
pub fn sext(v: u64, bits: u32) -> i64 {
    let s = 64 - bits;
    ((v << s) as i64) >> s
}

const INT_EDGES: &[u64] = &[
    0,
    1,
    2,
    u64::MAX,
    u64::MAX - 1,
    0x7f,
    0x80,
    0xff,
    0x100,
    0x7fff,
    0x8000,
    0xffff,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff,
    0x1_0000_0000,
    0x7fff_ffff_ffff_ffff,
    0x8000_0000_0000_0000,
    0x8000_0000_0000_0001,
];

/// An edge value for an operand of `bits` bits (already masked).
pub fn int_edge(rng: &mut ChaCha8Rng, bits: u32) -> u64 {
    let m = mask(bits);
    let smax = m >> 1;
    let smin = smax + 1;
    let local = [smax, smin, smin + 1, smax - 1];
    let n = INT_EDGES.len() + local.len() + 1;
    let i = rng.gen_range(0..n);
    let v = if i < INT_EDGES.len() {
        INT_EDGES[i]
    } else if i < n - 1 {
        local[i - INT_EDGES.len()]
    } else {
        rng.gen_range(0..16)
    };
    v & m
}

/// A full register value whose low `bits` are an edge value half the time.
pub fn int(rng: &mut ChaCha8Rng, bits: u32) -> u64 {
    let r: u64 = rng.r#gen();
    if rng.gen_bool(0.5) {
        (r & !mask(bits)) | int_edge(rng, bits)
    } else {
        r
    }
}

/// A signed immediate that fits `bits` (at most 32): edges or random.
pub fn imm(rng: &mut ChaCha8Rng, bits: u32) -> i64 {
    let bits = bits.min(32);
    if rng.gen_bool(0.4) {
        sext(int_edge(rng, bits), bits)
    } else {
        sext(rng.r#gen::<u64>(), bits)
    }
}

/// A shift or rotate count: small edges around the widths, or any byte.
pub fn count(rng: &mut ChaCha8Rng, bits: u32) -> u64 {
    const EDGES: &[u64] = &[
        0, 1, 2, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 255,
    ];
    if rng.gen_bool(0.5) {
        let i = rng.gen_range(0..EDGES.len() + 2);
        match i.checked_sub(EDGES.len()) {
            None => EDGES[i],
            Some(0) => u64::from(bits - 1),
            Some(_) => u64::from(bits + 1),
        }
    } else if rng.gen_bool(0.5) {
        rng.gen_range(0..u64::from(bits))
    } else {
        rng.gen_range(0..256)
    }
}

const F64_EDGES: &[u64] = &[
    0x0000_0000_0000_0000, // +0
    0x8000_0000_0000_0000, // -0
    0x3ff0_0000_0000_0000, // 1
    0xbff0_0000_0000_0000, // -1
    0x3fe0_0000_0000_0000, // 0.5
    0xbfe0_0000_0000_0000, // -0.5
    0x3ff8_0000_0000_0000, // 1.5
    0x4004_0000_0000_0000, // 2.5
    0xc004_0000_0000_0000, // -2.5
    0x7ff0_0000_0000_0000, // +Inf
    0xfff0_0000_0000_0000, // -Inf
    0x7ff8_0000_0000_0000, // quiet NaN
    0xfff8_0000_0000_0000, // negative quiet NaN
    0x7ff8_0000_0000_1234, // quiet NaN with payload
    0x7ff0_0000_0000_0001, // signalling NaN
    0x7ff4_0000_0000_0000, // signalling NaN
    0xfff0_0000_dead_beef, // negative signalling NaN with payload
    0x0000_0000_0000_0001, // smallest denormal
    0x000f_ffff_ffff_ffff, // largest denormal
    0x8000_0000_0000_0001, // negative denormal
    0x0010_0000_0000_0000, // smallest normal
    0x7fef_ffff_ffff_ffff, // largest finite
    0xffef_ffff_ffff_ffff, // most negative finite
    0x43e0_0000_0000_0000, // 2^63
    0xc3e0_0000_0000_0000, // -2^63
    0x43df_ffff_ffff_ffff, // just below 2^63
    0xc3e0_0000_0000_0001, // just below -2^63
    0x41e0_0000_0000_0000, // 2^31
    0xc1e0_0000_0000_0000, // -2^31
    0x41df_ffff_ffe0_0000, // 2^31 - 1
    0xc1e0_0000_0020_0000, // -2^31 - 1
    0x41e0_0000_0010_0000, // 2^31 + 0.5
    0x41f0_0000_0000_0000, // 2^32
    0x4340_0000_0000_0001, // 2^53 + 2
    0x7e37_e43c_8800_759c, // 1e300
    0xc7ef_ffff_e000_0000, // -float32 max
    0x47f0_0000_0000_0000, // beyond float32 range
    0x3800_0000_0000_0000, // float32 denormal range
    0x36a0_0000_0000_0000, // below float32 denormals
];

const F32_EDGES: &[u32] = &[
    0x0000_0000,
    0x8000_0000,
    0x3f80_0000,
    0xbf80_0000,
    0x3f00_0000,
    0xbf00_0000,
    0x3fc0_0000,
    0x4020_0000,
    0xc020_0000,
    0x7f80_0000,
    0xff80_0000,
    0x7fc0_0000,
    0xffc0_0000,
    0x7fc0_1234,
    0x7f80_0001,
    0x7fa0_0000,
    0xff80_beef,
    0x0000_0001,
    0x007f_ffff,
    0x8000_0001,
    0x0080_0000,
    0x7f7f_ffff,
    0xff7f_ffff,
    0x5f00_0000, // 2^63
    0xdf00_0000, // -2^63
    0x5eff_ffff,
    0xdf00_0001,
    0x4f00_0000, // 2^31
    0xcf00_0000, // -2^31
    0x4eff_ffff,
    0xcf00_0001,
    0x4f80_0000, // 2^32
    0x4b80_0001, // 2^24 + 2
];

/// A float64 bit pattern: an edge, random bits, or a float of moderate size.
pub fn f64_bits(rng: &mut ChaCha8Rng) -> u64 {
    match rng.gen_range(0..10) {
        0..=4 => F64_EDGES[rng.gen_range(0..F64_EDGES.len())],
        5..=6 => rng.r#gen(),
        _ => {
            let x = rng.r#gen::<i32>() as f64 / f64::from(1u32 << rng.gen_range(0..20));
            x.to_bits()
        }
    }
}

/// A float32 bit pattern (see [`f64_bits`]).
pub fn f32_bits(rng: &mut ChaCha8Rng) -> u32 {
    match rng.gen_range(0..10) {
        0..=4 => F32_EDGES[rng.gen_range(0..F32_EDGES.len())],
        5..=6 => rng.r#gen(),
        _ => {
            let x = rng.r#gen::<i32>() as f32 / (1u32 << rng.gen_range(0..20)) as f32;
            x.to_bits()
        }
    }
}

/// A 64-bit word whose low half holds a float of the given size (the rest random).
pub fn float_word(rng: &mut ChaCha8Rng, double: bool) -> u64 {
    if double {
        f64_bits(rng)
    } else {
        (rng.r#gen::<u64>() & !0xffff_ffff) | u64::from(f32_bits(rng))
    }
}
