//! The compiler's constant tables (MODEL.md §2), checked through the library:
//! constants merged across the code objects of one block, never across
//! blocks (except small ints and interned strings), constant folding within
//! CPython's limits, and interning of identifier-like strings only.

use std::rc::Rc;

use glasspy::compile::code::Code;
use glasspy::compile::compile_block;
use glasspy::heap::{Heap, Obj, ObjRef};
use glasspy::syntax::parse_module;
use num_bigint::BigInt;

/// Compiles `src` as one code block; returns its module code object.
fn compile(heap: &mut Heap, src: &str) -> ObjRef {
    let body = parse_module(src).unwrap_or_else(|e| panic!("parse error in {:?}: {}", src, e.render("<test>")));
    compile_block(heap, &body, "<test>", src, false).unwrap_or_else(|e| panic!("compile error: {}", e.render("<test>")))
}

fn code(heap: &Heap, r: ObjRef) -> Rc<Code> {
    match heap.get(r) {
        Obj::Code(c) => c.clone(),
        _ => panic!("not a code object"),
    }
}

/// The block's code objects: the module's, then every nested one found in
/// a constant table (functions, lambdas, class bodies, comprehensions).
fn all_codes(heap: &Heap, module: ObjRef) -> Vec<ObjRef> {
    let mut out = vec![module];
    let mut i = 0;
    while i < out.len() {
        for &c in &code(heap, out[i]).consts {
            if matches!(heap.get(c), Obj::Code(_)) {
                out.push(c);
            }
        }
        i += 1;
    }
    out
}

fn int_value(heap: &Heap, r: ObjRef) -> Option<BigInt> {
    match heap.get(r) {
        Obj::Int(i) => Some(BigInt::from(*i)),
        Obj::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// The constants of one code object that are ints equal to `v`.
fn int_consts(heap: &Heap, code_ref: ObjRef, v: &BigInt) -> Vec<ObjRef> {
    code(heap, code_ref).consts.iter().copied().filter(|&c| int_value(heap, c).as_ref() == Some(v)).collect()
}

fn str_consts(heap: &Heap, code_ref: ObjRef, s: &str) -> Vec<ObjRef> {
    code(heap, code_ref).consts.iter().copied().filter(|&c| heap.as_str(c) == Some(s)).collect()
}

fn has_int(heap: &Heap, code_ref: ObjRef, v: impl Into<BigInt>) -> bool {
    !int_consts(heap, code_ref, &v.into()).is_empty()
}

#[test]
fn equal_constants_of_one_block_are_one_object() {
    let mut heap = Heap::new();
    let src = "a = 12345\ndef f():\n    return 12345\ng = lambda: 12345\nclass C:\n    x = 12345\n";
    let module = compile(&mut heap, src);
    let codes = all_codes(&heap, module);
    assert_eq!(codes.len(), 4, "module, f, the lambda and C's body");
    let v = BigInt::from(12345);
    let found: Vec<ObjRef> = codes.iter().flat_map(|&c| int_consts(&heap, c, &v)).collect();
    assert_eq!(found.len(), 4, "each code object's table holds 12345 once");
    assert!(found.iter().all(|&r| r == found[0]), "one object for all four tables");
    // The compiler's pool has let go: the count is exactly the four tables.
    assert_eq!(heap.rc(found[0]), 4);
}

#[test]
fn merging_is_by_type_and_value() {
    let mut heap = Heap::new();
    let module = compile(&mut heap, "a = 1000\nb = 1000.0\nc = 'hello world'\ndef f():\n    return 'hello world', 1000.0\n");
    let codes = all_codes(&heap, module);
    let m = codes[0];
    let f = codes[1];
    // 1000 and 1000.0 are different constants.
    let floats: Vec<ObjRef> =
        code(&heap, m).consts.iter().copied().filter(|&c| matches!(heap.get(c), Obj::Float(x) if *x == 1000.0)).collect();
    assert_eq!(floats.len(), 1);
    assert!(has_int(&heap, m, 1000));
    // 'hello world' is not interned, but it is still one object within the block.
    assert_eq!(str_consts(&heap, m, "hello world").len(), 1);
    let in_f: Vec<ObjRef> = code(&heap, f).consts.clone();
    let hello_m = str_consts(&heap, m, "hello world")[0];
    // f returns a constant tuple ('hello world', 1000.0) whose items are the merged objects.
    let tuple = in_f.iter().find_map(|&c| match heap.get(c) {
        Obj::Tuple(items) => Some(items.to_vec()),
        _ => None,
    });
    let tuple = tuple.expect("f's return value folds into one constant tuple");
    assert_eq!(tuple[0], hello_m);
    assert_eq!(tuple[1], floats[0]);
}

#[test]
fn separate_blocks_do_not_share_constants() {
    let mut heap = Heap::new();
    let m1 = compile(&mut heap, "a = 12345\nb = 'hello world'\nc = 'hello_world'\nd = 100\n");
    let m2 = compile(&mut heap, "a = 12345\nb = 'hello world'\nc = 'hello_world'\nd = 100\n");
    let big = BigInt::from(12345);
    assert_ne!(int_consts(&heap, m1, &big), int_consts(&heap, m2, &big), "12345: one object per block");
    assert_ne!(str_consts(&heap, m1, "hello world"), str_consts(&heap, m2, "hello world"), "non-identifier strings are not interned");
    assert_eq!(str_consts(&heap, m1, "hello_world"), str_consts(&heap, m2, "hello_world"), "identifier-like strings are interned");
    let small = int_consts(&heap, m1, &BigInt::from(100));
    assert_eq!(small, int_consts(&heap, m2, &BigInt::from(100)), "small ints come from the cache");
    assert_eq!(small, vec![Heap::small_int(100)]);
}

#[test]
fn arithmetic_on_constants_is_folded() {
    let mut heap = Heap::new();
    let m = compile(&mut heap, "x = 200 + 57\ny = -6\nz = 10 ** 20\nw = 2 ** 10\n");
    assert!(has_int(&heap, m, 257));
    assert!(!has_int(&heap, m, 200) && !has_int(&heap, m, 57), "the operands are gone");
    assert!(has_int(&heap, m, -6));
    assert!(has_int(&heap, m, BigInt::from(10).pow(20)));
    assert!(!has_int(&heap, m, 20));
    assert!(has_int(&heap, m, 1024));
}

#[test]
fn folding_stops_at_cpythons_limits() {
    let mut heap = Heap::new();
    // Ints: CPython's safe_power folds `a ** b` only when bits(a) * b <= 128
    // (2 is 2 bits wide), so 2 ** 64 is folded and 2 ** 65, 2 ** 100 are not.
    let m = compile(&mut heap, "a = 2 ** 64\nb = 2 ** 65\nc = 2 ** 100\n");
    assert!(has_int(&heap, m, BigInt::from(2).pow(64)));
    assert!(!has_int(&heap, m, BigInt::from(2).pow(65)), "2 bits * 65 is over the limit");
    assert!(!has_int(&heap, m, BigInt::from(2).pow(100)));
    assert!(has_int(&heap, m, 65) && has_int(&heap, m, 100), "their operands stay");
    // `*` folds when the operands' bits add up to at most 128.
    let m = compile(&mut heap, "a = 18446744073709551616 * 4611686018427387904\nb = 18446744073709551616 * 9223372036854775808\n");
    assert!(has_int(&heap, m, BigInt::from(2).pow(126)), "65 + 63 bits is folded");
    assert!(!has_int(&heap, m, BigInt::from(2).pow(127)), "65 + 64 bits is over the limit");
    // Strings: up to 4096 characters.
    let m = compile(&mut heap, "a = 'ab' * 2048\nb = 'cd' * 2049\n");
    assert_eq!(str_consts(&heap, m, &"ab".repeat(2048)).len(), 1);
    assert!(str_consts(&heap, m, &"cd".repeat(2049)).is_empty(), "4098 characters is over the limit");
    assert_eq!(str_consts(&heap, m, "cd").len(), 1);
    // An operation that would raise is left for run time.
    let m = compile(&mut heap, "a = 1 / 0\n");
    assert!(has_int(&heap, m, 1) && has_int(&heap, m, 0));
}

#[test]
fn tuples_of_constants_are_constants() {
    let mut heap = Heap::new();
    let m = compile(&mut heap, "t = (1, (2, 'a'))\nu = (1, 2) + (3,)\n");
    let tuples: Vec<Vec<ObjRef>> = code(&heap, m)
        .consts
        .iter()
        .filter_map(|&c| match heap.get(c) {
            Obj::Tuple(items) => Some(items.to_vec()),
            _ => None,
        })
        .collect();
    let lens: Vec<usize> = tuples.iter().map(|t| t.len()).collect();
    assert!(lens.contains(&2), "(1, (2, 'a')) is one constant: {:?}", lens);
    assert!(lens.contains(&3), "(1, 2) + (3,) folds to (1, 2, 3): {:?}", lens);
    let outer = tuples.iter().find(|t| t.len() == 2).unwrap();
    assert!(matches!(heap.get(outer[1]), Obj::Tuple(inner) if inner.len() == 2));
}

#[test]
fn only_identifier_like_strings_are_interned() {
    let mut heap = Heap::new();
    let m = compile(&mut heap, "a = 'abc_123'\nb = 'hello world'\nc = 'caf\u{e9}'\nd = 'x-y'\n");
    let interned = |heap: &Heap, s: &str| {
        let r = str_consts(heap, m, s);
        assert_eq!(r.len(), 1, "{:?} is a constant", s);
        heap.interned.get(s) == Some(&r[0])
    };
    assert!(interned(&heap, "abc_123"));
    assert!(!interned(&heap, "hello world"));
    assert!(!interned(&heap, "caf\u{e9}"), "non-ASCII strings are not interned");
    assert!(!interned(&heap, "x-y"));
}

#[test]
fn names_are_interned_and_code_objects_are_in_the_table() {
    let mut heap = Heap::new();
    let m = compile(&mut heap, "some_global = 1\ndef f():\n    return some_global\n");
    let codes = all_codes(&heap, m);
    assert_eq!(codes.len(), 2);
    assert_eq!(heap.rc(codes[1]), 1, "f's code object is held by the module's table only");
    let name = *heap.interned.get("some_global").expect("the name is interned");
    assert!(code(&heap, codes[1]).names.contains(&name));
    assert!(code(&heap, m).names.contains(&name));
}
