//! `_mersenne`: the Mersenne Twister (MT19937) under `random`, seeded as
//! CPython seeds it, so a seed gives CPython's exact sequence.
//!
//! The generator's state is an ordinary list the `random.Random` instance
//! holds (`self._mt`): 624 words, then the position of the next word to
//! hand out. It is on the heap like anything else (CPython keeps the same
//! 2.5 KB inside its C object); these functions read and rewrite it.

use crate::runtime::ExcKind;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::heap::*;
use crate::runtime::builtins::{BuiltinFn, Kw};
use crate::runtime::{Interp, R};

const N: usize = 624;
const M: usize = 397;

pub static FUNCTIONS: &[(&str, BuiltinFn)] = &[("new", mt_new), ("seed", mt_seed), ("random", mt_random), ("getrandbits", mt_getrandbits), ("getstate", mt_getstate), ("setstate", mt_setstate)];

pub fn fill(_: &mut Interp, _: ObjRef) {}

/// The state list of a call's first argument.
fn state_arg(it: &mut Interp, name: &str, args: &[ObjRef], n: usize) -> R<ObjRef> {
    if args.len() != n || !matches!(it.heap.get(args[0]), Obj::List(l) if l.items.len() == N + 1) {
        return Err(it.type_error(format!("_mersenne.{}() needs a generator state", name)));
    }
    Ok(args[0])
}

fn word(it: &Interp, st: ObjRef, i: usize) -> u32 {
    match it.heap.get(st) {
        Obj::List(l) => match it.heap.get(l.items[i]) {
            Obj::Int(v) => *v as u32,
            _ => 0,
        },
        _ => 0,
    }
}

fn set_word(it: &mut Interp, st: ObjRef, i: usize, v: u32) {
    let new = it.heap.int(v as i64);
    let old = match it.heap.get_mut(st) {
        Obj::List(l) => std::mem::replace(&mut l.items[i], new),
        _ => new,
    };
    it.decref(old);
}

fn store(it: &mut Interp, st: ObjRef, words: &[u32; N], index: usize) {
    for (i, &w) in words.iter().enumerate() {
        set_word(it, st, i, w);
    }
    set_word(it, st, N, index as u32);
}

/// `init_genrand`: the state from one word.
fn init_genrand(s: u32) -> [u32; N] {
    let mut mt = [0u32; N];
    mt[0] = s;
    for i in 1..N {
        mt[i] = 1812433253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
    }
    mt
}

/// `init_by_array`: the state from a key of any length (CPython's seeding).
fn init_by_array(key: &[u32]) -> [u32; N] {
    let mut mt = init_genrand(19650218);
    let (mut i, mut j) = (1usize, 0usize);
    for _ in 0..N.max(key.len()) {
        mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1664525)).wrapping_add(key[j]).wrapping_add(j as u32);
        i += 1;
        j += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if j >= key.len() {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
        i += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000;
    mt
}

/// The next 32-bit output, regenerating all 624 words when they are used up.
fn genrand(it: &mut Interp, st: ObjRef) -> u32 {
    let mut index = word(it, st, N) as usize;
    if index >= N {
        let mut mt = [0u32; N];
        for (i, w) in mt.iter_mut().enumerate() {
            *w = word(it, st, i);
        }
        let mag = |y: u32| if y & 1 == 1 { 0x9908b0dfu32 } else { 0 };
        for k in 0..N {
            let y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag(y);
        }
        store(it, st, &mt, 0);
        index = 0;
    }
    let mut y = word(it, st, index);
    set_word(it, st, N, index as u32 + 1);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^ (y >> 18)
}

fn mt_new(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let items = (0..=N).map(|i| it.heap.int(if i == N { N as i64 } else { 0 })).collect();
    Ok(it.new_list(items))
}

/// `seed(state, a)`: None from the OS, an int by its absolute value,
/// str/bytes with their SHA-512 appended (version 2), anything else by its hash.
fn mt_seed(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let st = state_arg(it, "seed", args, 2)?;
    let a = args[1];
    let n: BigInt = if a == NONE {
        let mut key = [0u32; N];
        os_entropy(&mut key);
        let mt = init_by_array(&key);
        store(it, st, &mt, N);
        return Ok(it.heap.none());
    } else if let Some(i) = it.int_value(a) {
        i.abs()
    } else {
        let bytes = match it.heap.get(a) {
            Obj::Str(s) => Some(s.s().as_bytes().to_vec()),
            Obj::Bytes(b) => Some(b.to_vec()),
            _ => None,
        };
        match bytes {
            Some(mut b) => {
                let digest = sha512(&b);
                b.extend_from_slice(&digest);
                BigInt::from_bytes_be(Sign::Plus, &b)
            }
            None => BigInt::from(it.hash(a)? as u64),
        }
    };
    let mut key: Vec<u32> = n.to_u32_digits().1;
    if key.is_empty() || n.is_zero() {
        key = vec![0];
    }
    let mt = init_by_array(&key);
    store(it, st, &mt, N);
    Ok(it.heap.none())
}

/// 624 words from /dev/urandom; failing that, the time and the process id.
fn os_entropy(key: &mut [u32; N]) {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).is_ok();
    if !ok {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        buf[..16].copy_from_slice(&t.to_le_bytes());
        buf[16..20].copy_from_slice(&std::process::id().to_le_bytes());
    }
    for (i, k) in key.iter_mut().enumerate() {
        *k = u32::from_le_bytes([buf[4 * i], buf[4 * i + 1], buf[4 * i + 2], buf[4 * i + 3]]);
    }
}

/// A float in [0, 1) with 53 random bits, as CPython makes it.
fn mt_random(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let st = state_arg(it, "random", args, 1)?;
    let a = (genrand(it, st) >> 5) as f64;
    let b = (genrand(it, st) >> 6) as f64;
    Ok(it.heap.float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0)))
}

fn mt_getrandbits(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let st = state_arg(it, "getrandbits", args, 2)?;
    let k = super::math::to_index(it, args[1])?;
    if k.is_negative() {
        return Err(it.new_exception(ExcKind::ValueError, Some("number of bits must be non-negative")));
    }
    let Some(k) = k.to_u64().filter(|&k| k < (1 << 40)) else {
        return Err(it.new_exception(ExcKind::OverflowError, Some("Python int too large to convert to C int")));
    };
    if k == 0 {
        return Ok(it.heap.int(0));
    }
    if k <= 32 {
        let v = genrand(it, st) >> (32 - k);
        return Ok(it.heap.int(v as i64));
    }
    // least significant word first; the last one keeps only its top bits
    let mut words = Vec::with_capacity((k as usize - 1) / 32 + 1);
    let mut left = k;
    while left > 0 {
        let mut r = genrand(it, st);
        if left < 32 {
            r >>= 32 - left;
        }
        words.push(r);
        left = left.saturating_sub(32);
    }
    Ok(it.heap.bigint(BigInt::from_slice(Sign::Plus, &words)))
}

fn mt_getstate(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let st = state_arg(it, "getstate", args, 1)?;
    let items = (0..=N).map(|i| word(it, st, i)).collect::<Vec<_>>();
    let items = items.into_iter().map(|w| it.heap.int(w as i64)).collect();
    Ok(it.new_tuple(items))
}

fn mt_setstate(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let st = state_arg(it, "setstate", args, 2)?;
    let items = match it.heap.get(args[1]) {
        Obj::Tuple(t) => t.to_vec(),
        _ => return Err(it.type_error("state vector must be a tuple".into())),
    };
    if items.len() != N + 1 {
        return Err(it.new_exception(ExcKind::ValueError, Some("state vector is the wrong size")));
    }
    let mut mt = [0u32; N];
    for (i, &x) in items.iter().enumerate() {
        let Some(v) = it.int_value(x) else {
            return Err(it.type_error(format!("'{}' object cannot be interpreted as an integer", it.type_name(x))));
        };
        if v.is_negative() || v.bits() > 64 {
            return Err(it.new_exception(ExcKind::OverflowError, Some("Python int too large to convert to C unsigned long")));
        }
        let v = v.to_u64().unwrap_or(0);
        if i < N {
            mt[i] = v as u32;
        } else if v > N as u64 {
            return Err(it.new_exception(ExcKind::ValueError, Some("invalid state")));
        } else {
            store(it, st, &mt, v as usize);
        }
    }
    Ok(it.heap.none())
}

// ----- SHA-512 (FIPS 180-4), for seeding from str and bytes -------------------------

/// The first 64 bits of the fractional parts of the roots of the first
/// primes: square roots for the initial hash, cube roots for the round constants.
fn root_fractions(count: usize, root: u32) -> Vec<u64> {
    let mut primes = Vec::new();
    let mut p = 2u64;
    while primes.len() < count {
        if (2..p).take_while(|d| d * d <= p).all(|d| p % d != 0) {
            primes.push(p);
        }
        p += 1;
    }
    primes
        .iter()
        .map(|&p| {
            let r = (BigInt::from(p) << (64 * root as usize)).nth_root(root);
            let low: BigInt = r & BigInt::from(u64::MAX);
            low.to_u64().unwrap_or(0)
        })
        .collect()
}

pub fn sha512(msg: &[u8]) -> [u8; 64] {
    static TABLES: std::sync::OnceLock<(Vec<u64>, Vec<u64>)> = std::sync::OnceLock::new();
    let (h0, k) = TABLES.get_or_init(|| (root_fractions(8, 2), root_fractions(80, 3)));
    let mut h: [u64; 8] = [0; 8];
    h.copy_from_slice(h0);
    let mut data = msg.to_vec();
    data.push(0x80);
    while data.len() % 128 != 112 {
        data.push(0);
    }
    data.extend_from_slice(&((msg.len() as u128) * 8).to_be_bytes());
    for block in data.chunks(128) {
        let mut w = [0u64; 80];
        for t in 0..16 {
            w[t] = u64::from_be_bytes(block[8 * t..8 * t + 8].try_into().unwrap_or([0; 8]));
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16].wrapping_add(s0).wrapping_add(w[t - 7]).wrapping_add(s1);
        }
        let mut v = h;
        for t in 0..80 {
            let [a, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(k[t]).wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for i in 0..8 {
            h[i] = h[i].wrapping_add(v[i]);
        }
    }
    let mut out = [0u8; 64];
    for i in 0..8 {
        out[8 * i..8 * i + 8].copy_from_slice(&h[i].to_be_bytes());
    }
    out
}
