// Generates the LALRPOP parser from the project's grammar/python.lalrpop
// into OUT_DIR (the parser module, src/syntax/parser.rs, includes it).
fn main() {
    println!("cargo:rerun-if-changed=../../grammar");
    lalrpop::Configuration::new()
        .set_in_dir("../../grammar")
        .set_out_dir(std::env::var("OUT_DIR").unwrap())
        .process()
        .unwrap();
}
