//! Python's dict: insertion-ordered entries plus a hash index, and a
//! simulation of CPython 3.11's key-table sizes (8, 16, 32, … slots, two
//! thirds usable, deleted entries kept until the next resize) so that
//! `sys.getsizeof` and the allocator see the table CPython would have.
//!
//! The dict does not know how to compare keys: callers pass the hash and an
//! equality test, because comparing two keys needs the heap.

use hashbrown::HashTable;

use super::object::ObjRef;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    /// NULL for a deleted entry (a "dummy" in CPython's terms).
    pub key: ObjRef,
    /// NULL in a set.
    pub value: ObjRef,
}

/// PyDict_MINSIZE
pub const MINSIZE: usize = 8;

pub struct Dict {
    /// Entries in insertion order, deleted ones left as dummies until a resize.
    pub entries: Vec<Entry>,
    index: HashTable<u32>,
    /// Live entries (ma_used).
    pub used: usize,
    /// log2 of the simulated table size; 0 while the dict has the shared empty keys.
    pub log2_size: u8,
    /// dk_usable: insertions left before a resize.
    pub usable: isize,
    /// All keys are str (a "unicode" table with 16-byte entries).
    pub unicode: bool,
    /// Simulated address of the key table (0 with the shared empty keys).
    pub keys_addr: u64,
    /// Changes whenever a key is added or removed or the table is rebuilt
    /// (never when only a value is replaced): lookups cache entry indices
    /// keyed by it. Unique across all dicts.
    pub version: u64,
    /// A set that is a `frozenset` (types/frozenset.rs); false for dicts.
    pub frozen: bool,
}

static NEXT_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// A fresh dict version tag.
#[inline]
pub fn next_version() -> u64 {
    NEXT_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[inline]
fn spread(hash: i64) -> u64 {
    (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

pub fn usable_fraction(n: usize) -> usize {
    (n << 1) / 3
}

/// calculate_log2_keysize: the smallest table that holds `minsize` slots.
pub fn calculate_log2_keysize(minsize: usize) -> u8 {
    let m = (minsize | MINSIZE) - 1;
    (usize::BITS - (m | (MINSIZE - 1)).leading_zeros()) as u8
}

/// estimate_log2_keysize: a table big enough for `n` entries.
pub fn estimate_log2_keysize(n: usize) -> u8 {
    calculate_log2_keysize((n * 3 + 1) / 2)
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict {
            entries: Vec::new(),
            index: HashTable::new(),
            used: 0,
            log2_size: 0,
            usable: 0,
            unicode: true,
            keys_addr: 0,
            version: next_version(),
            frozen: false,
        }
    }

    /// dict_new_presized: the table a display `{k: v, ...}` of `n` items starts with.
    pub fn presized(n: usize, unicode: bool) -> Dict {
        let mut d = Dict::new();
        if n > usable_fraction(MINSIZE) {
            d.log2_size = estimate_log2_keysize(n);
            d.usable = usable_fraction(1 << d.log2_size) as isize;
            d.unicode = unicode;
            d.entries.reserve(n);
        }
        d
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Bytes of the simulated key table (_PyDict_KeysSize), 0 for the shared empty keys.
    pub fn keys_size(&self) -> usize {
        if self.log2_size == 0 {
            return 0;
        }
        let size = 1usize << self.log2_size;
        let index_bytes = if size <= 0xff {
            1
        } else if size <= 0xffff {
            2
        } else if size <= 0xffff_ffff {
            4
        } else {
            8
        };
        let entry = if self.unicode { 16 } else { 24 };
        32 + size * index_bytes + usable_fraction(size) * entry
    }

    /// Index into `entries` of the entry whose key matches.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(ObjRef) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(spread(hash), |&i| {
                let e = &entries[i as usize];
                e.hash == hash && eq(e.key)
            })
            .map(|&i| i as usize)
    }

    /// Does inserting a new key need a new key table first? Returns the new
    /// log2 size if so (the caller reallocates the simulated table, then calls
    /// `resize`).
    pub fn needs_resize(&self, key_is_str: bool) -> Option<(u8, bool)> {
        if self.log2_size == 0 {
            return Some((3, key_is_str));
        }
        if self.unicode && !key_is_str {
            return Some((calculate_log2_keysize(self.used * 3), false));
        }
        if self.usable <= 0 {
            return Some((calculate_log2_keysize(self.used * 3), self.unicode));
        }
        None
    }

    /// set_add_entry's growth rule, checked before inserting a new key into a
    /// set (CPython checks right after, with the same outcome): the table
    /// grows when `fill * 5 >= mask * 3` would hold after the insertion, to
    /// the smallest power of two above `used * 4` (`used * 2` past 50,000).
    /// `entries.len()` is the set's `fill` (dummies stay until a resize).
    /// Returns the new log2 size (3: the inline smalltable).
    pub fn set_needs_resize(&self) -> Option<u8> {
        let mask = if self.log2_size <= 3 { MINSIZE - 1 } else { (1usize << self.log2_size) - 1 };
        let fill = self.entries.len() + 1;
        if fill * 5 < mask * 3 {
            return None;
        }
        let used = self.used + 1;
        let minused = if used > 50000 { used * 2 } else { used * 4 };
        let mut newsize = MINSIZE;
        let mut log2 = 3u8;
        while newsize <= minused {
            newsize <<= 1;
            log2 += 1;
        }
        Some(log2)
    }

    /// Bytes of a set's separately allocated table (16-byte setentry per
    /// slot); 0 while it uses the inline smalltable of 8.
    pub fn set_table_size(&self) -> usize {
        if self.log2_size > 3 {
            16usize << self.log2_size
        } else {
            0
        }
    }

    /// dictresize: a fresh table of 2**log2 slots; dummies are dropped.
    pub fn resize(&mut self, log2: u8, unicode: bool) {
        let log2 = log2.max(3);
        self.version = next_version();
        self.entries.retain(|e| !e.key.is_null());
        self.log2_size = log2;
        self.unicode = unicode;
        self.usable = usable_fraction(1 << log2) as isize - self.used as isize;
        self.rebuild_index();
    }

    fn rebuild_index(&mut self) {
        self.index.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if !e.key.is_null() {
                self.index.insert_unique(spread(e.hash), i as u32, |&j| spread(entries[j as usize].hash));
            }
        }
    }

    /// Appends a key known to be absent. Call `needs_resize` first.
    pub fn push(&mut self, hash: i64, key: ObjRef, value: ObjRef) {
        let i = self.entries.len() as u32;
        self.version = next_version();
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.index.insert_unique(spread(hash), i, |&j| spread(entries[j as usize].hash));
        self.used += 1;
        self.usable -= 1;
    }

    /// Removes entry `i`, leaving a dummy; returns its key and value.
    pub fn remove_at(&mut self, i: usize) -> (ObjRef, ObjRef) {
        let e = self.entries[i];
        self.version = next_version();
        let h = spread(e.hash);
        if let Ok(found) = self.index.find_entry(h, |&j| j as usize == i) {
            found.remove();
        }
        self.entries[i].key = ObjRef::NULL;
        self.entries[i].value = ObjRef::NULL;
        self.used -= 1;
        // CPython keeps the dummy; the table only shrinks at the next resize.
        (e.key, e.value)
    }

    /// Empties the dict back to the shared empty keys; returns the old entries
    /// (the caller releases their references, values in insertion order).
    pub fn take_all(&mut self) -> Vec<Entry> {
        let old = std::mem::take(&mut self.entries);
        self.version = next_version();
        self.index.clear();
        self.used = 0;
        self.log2_size = 0;
        self.usable = 0;
        self.unicode = true;
        old
    }

    /// A copy with the same table shape (clone_combined_dict_keys); the caller
    /// increfs every key and value.
    pub fn clone_shape(&self) -> Dict {
        let mut d = Dict {
            entries: self.entries.clone(),
            index: HashTable::new(),
            used: self.used,
            log2_size: self.log2_size,
            usable: self.usable,
            unicode: self.unicode,
            keys_addr: 0,
            version: next_version(),
            frozen: self.frozen,
        };
        d.rebuild_index();
        d
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// The live entry at or after `pos` in entry order, for iterators.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, Entry)> {
        while pos < self.entries.len() {
            let e = self.entries[pos];
            if !e.key.is_null() {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// Keys then values of every entry, as dict_dealloc releases them.
    pub fn for_each_ref(&self, f: &mut impl FnMut(ObjRef)) {
        for e in self.iter() {
            f(e.key);
            if !e.value.is_null() {
                f(e.value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_sizes_follow_cpython() {
        // {} is 64 bytes; one str key makes an 8-slot table: 64 + 120 = 184.
        let mut d = Dict::new();
        assert_eq!(d.keys_size(), 0);
        let mut sizes = vec![];
        for i in 0..25u32 {
            if let Some((log2, uni)) = d.needs_resize(true) {
                d.resize(log2, uni);
            }
            d.push(i as i64, ObjRef(i), ObjRef(i));
            sizes.push(64 + d.keys_size());
        }
        assert_eq!(sizes[0], 184);
        assert_eq!(sizes[5], 272);
        assert_eq!(sizes[10], 464);
        assert_eq!(sizes[21], 832);
    }

    #[test]
    fn find_and_remove() {
        let mut d = Dict::new();
        for i in 0..100u32 {
            if let Some((log2, uni)) = d.needs_resize(false) {
                d.resize(log2, uni);
            }
            d.push(i as i64 % 7, ObjRef(i), ObjRef(i + 1000));
        }
        let i = d.find(3, |k| k == ObjRef(10)).unwrap();
        assert_eq!(d.entries[i].value, ObjRef(1010));
        d.remove_at(i);
        assert!(d.find(3, |k| k == ObjRef(10)).is_none());
        assert_eq!(d.len(), 99);
        assert_eq!(d.iter().count(), 99);
    }
}
