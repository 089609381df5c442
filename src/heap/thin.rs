//! One-allocation, one-word payloads for the variable-sized objects.
//!
//! `Box<[T]>` and `Box<str>` are two words (pointer and length), which would
//! make every `Obj` 24 bytes instead of 16 and every heap slot 48 instead of
//! 32. These types keep the length (and, for a str, its hash and character
//! count) at the front of the allocation, as CPython keeps `ob_size` and
//! `hash` in the object's header, so the pointer alone is the payload:
//!
//! ```text
//!   ThinSlice<T>:  [len: usize][T; len]
//!   PyStr:         [hash: i64][len: u32][nchars: u32][utf-8 bytes; len]
//! ```
//!
//! A str of n bytes is therefore one malloc of 16 + n bytes, where a boxed
//! struct plus a boxed str would be two.

use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

/// Layout of a header `Hd` followed by `n` items of `T`, and the items' offset.
#[inline]
fn layout<Hd, T>(n: usize) -> (Layout, usize) {
    let (l, off) = Layout::new::<Hd>()
        .extend(Layout::array::<T>(n).unwrap_or_else(|_| capacity_overflow()))
        .unwrap_or_else(|_| capacity_overflow());
    (l.pad_to_align(), off)
}

#[cold]
fn capacity_overflow() -> ! {
    panic!("thin allocation size overflows isize")
}

/// Allocates a header and `n` items, copying `items` in. Returns the base pointer.
#[inline]
unsafe fn alloc_with<Hd, T: Copy>(hd: Hd, items: &[T]) -> NonNull<u8> {
    let (l, off) = layout::<Hd, T>(items.len());
    let p = alloc(l);
    let Some(p) = NonNull::new(p) else { handle_alloc_error(l) };
    (p.as_ptr() as *mut Hd).write(hd);
    std::ptr::copy_nonoverlapping(items.as_ptr(), p.as_ptr().add(off) as *mut T, items.len());
    p
}

/* ------------------------------------------------------------------------ */

/// A boxed slice whose length lives in the allocation: one pointer wide.
pub struct ThinSlice<T: Copy> {
    ptr: NonNull<u8>,
    _m: PhantomData<T>,
}

#[repr(C)]
struct SliceHead {
    len: usize,
}

impl<T: Copy> ThinSlice<T> {
    pub fn new(items: &[T]) -> ThinSlice<T> {
        ThinSlice { ptr: unsafe { alloc_with(SliceHead { len: items.len() }, items) }, _m: PhantomData }
    }

    /// `n` copies of `v`.
    pub fn filled(v: T, n: usize) -> ThinSlice<T> {
        let (l, off) = layout::<SliceHead, T>(n);
        unsafe {
            let p = alloc(l);
            let Some(p) = NonNull::new(p) else { handle_alloc_error(l) };
            (p.as_ptr() as *mut SliceHead).write(SliceHead { len: n });
            let items = p.as_ptr().add(off) as *mut T;
            for i in 0..n {
                items.add(i).write(v);
            }
            ThinSlice { ptr: p, _m: PhantomData }
        }
    }

    #[inline]
    fn len_(&self) -> usize {
        unsafe { (*(self.ptr.as_ptr() as *const SliceHead)).len }
    }
}

impl<T: Copy> Deref for ThinSlice<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        let off = layout::<SliceHead, T>(0).1;
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr().add(off) as *const T, self.len_()) }
    }
}

impl<T: Copy> DerefMut for ThinSlice<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        let off = layout::<SliceHead, T>(0).1;
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr().add(off) as *mut T, self.len_()) }
    }
}

impl<T: Copy> Drop for ThinSlice<T> {
    fn drop(&mut self) {
        let (l, _) = layout::<SliceHead, T>(self.len_());
        unsafe { dealloc(self.ptr.as_ptr(), l) }
    }
}

impl<T: Copy> Clone for ThinSlice<T> {
    fn clone(&self) -> Self {
        ThinSlice::new(self)
    }
}

impl<T: Copy> From<&[T]> for ThinSlice<T> {
    fn from(s: &[T]) -> Self {
        ThinSlice::new(s)
    }
}

impl<T: Copy> From<Vec<T>> for ThinSlice<T> {
    fn from(v: Vec<T>) -> Self {
        ThinSlice::new(&v)
    }
}

impl<T: Copy, const N: usize> From<[T; N]> for ThinSlice<T> {
    fn from(v: [T; N]) -> Self {
        ThinSlice::new(&v)
    }
}

impl<T: Copy + std::fmt::Debug> std::fmt::Debug for ThinSlice<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

/* ------------------------------------------------------------------------ */

/// A str: its UTF-8 text, cached hash (-1 until computed) and character
/// count, in one allocation.
pub struct PyStr {
    ptr: NonNull<u8>,
}

#[repr(C)]
struct StrHead {
    hash: i64,
    len: u32,
    nchars: u32,
}

impl PyStr {
    /// A str with its hash not yet computed. Longer than 4 GiB is refused by
    /// the callers (MemoryError) before it gets here.
    pub fn new(s: &str) -> PyStr {
        PyStr::with_hash(s, -1)
    }

    pub fn with_hash(s: &str, hash: i64) -> PyStr {
        let len = u32::try_from(s.len()).unwrap_or_else(|_| capacity_overflow());
        let nchars = if s.is_ascii() { len } else { s.chars().count() as u32 };
        let hd = StrHead { hash, len, nchars };
        PyStr { ptr: unsafe { alloc_with(hd, s.as_bytes()) } }
    }

    /// The concatenation of `pieces`, whose lengths add up to `len`, built in
    /// place (no intermediate String: a 7 MB join costs 7 MB, not 14).
    pub fn from_pieces<'a>(len: usize, pieces: impl Iterator<Item = &'a str>) -> PyStr {
        let len32 = u32::try_from(len).unwrap_or_else(|_| capacity_overflow());
        let (l, off) = layout::<StrHead, u8>(len);
        unsafe {
            let p = alloc(l);
            let Some(p) = NonNull::new(p) else { handle_alloc_error(l) };
            let data = p.as_ptr().add(off);
            let mut at = 0;
            for piece in pieces {
                assert!(at + piece.len() <= len, "PyStr::from_pieces: pieces longer than len");
                std::ptr::copy_nonoverlapping(piece.as_ptr(), data.add(at), piece.len());
                at += piece.len();
            }
            assert!(at == len, "PyStr::from_pieces: pieces shorter than len");
            // Concatenated str pieces are valid UTF-8.
            let text = std::str::from_utf8_unchecked(std::slice::from_raw_parts(data, len));
            let nchars = if text.is_ascii() { len32 } else { text.chars().count() as u32 };
            (p.as_ptr() as *mut StrHead).write(StrHead { hash: -1, len: len32, nchars });
            PyStr { ptr: p }
        }
    }

    #[inline]
    fn head(&self) -> &StrHead {
        unsafe { &*(self.ptr.as_ptr() as *const StrHead) }
    }

    /// The text.
    #[inline]
    pub fn s(&self) -> &str {
        let off = layout::<StrHead, u8>(0).1;
        unsafe {
            let b = std::slice::from_raw_parts(self.ptr.as_ptr().add(off), self.head().len as usize);
            std::str::from_utf8_unchecked(b)
        }
    }

    /// The cached hash, -1 if not computed yet.
    #[inline]
    pub fn hash(&self) -> i64 {
        self.head().hash
    }

    #[inline]
    pub fn set_hash(&mut self, h: i64) {
        unsafe { (*(self.ptr.as_ptr() as *mut StrHead)).hash = h }
    }

    /// len() of the str: its number of code points.
    #[inline]
    pub fn nchars(&self) -> u32 {
        self.head().nchars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        let h = self.head();
        h.nchars == h.len
    }
}

impl Drop for PyStr {
    fn drop(&mut self) {
        let (l, _) = layout::<StrHead, u8>(self.head().len as usize);
        unsafe { dealloc(self.ptr.as_ptr(), l) }
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.s().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thin_payloads_are_one_word() {
        assert_eq!(std::mem::size_of::<ThinSlice<u32>>(), 8);
        assert_eq!(std::mem::size_of::<PyStr>(), 8);
        assert_eq!(std::mem::size_of::<Option<PyStr>>(), 8);
    }

    #[test]
    fn slices_and_strs_round_trip() {
        let mut t: ThinSlice<u32> = vec![1, 2, 3].into();
        t[1] = 7;
        assert_eq!(&*t, &[1, 7, 3]);
        assert_eq!(&*t.clone(), &[1, 7, 3]);
        let e: ThinSlice<u8> = ThinSlice::new(&[]);
        assert!(e.is_empty());
        let f = ThinSlice::filled(9u32, 4);
        assert_eq!(&*f, &[9, 9, 9, 9]);
        let mut s = PyStr::new("héllo");
        assert_eq!(s.s(), "héllo");
        assert_eq!(s.nchars(), 5);
        assert!(!s.is_ascii());
        assert_eq!(s.hash(), -1);
        s.set_hash(42);
        assert_eq!(s.hash(), 42);
        assert!(PyStr::new("abc").is_ascii());
        assert_eq!(PyStr::new("").s(), "");
        let j = PyStr::from_pieces(6, ["ab", ",", "cé", ""].into_iter());
        assert_eq!(j.s(), "ab,cé");
        assert_eq!(j.nchars(), 5);
    }
}
