#![allow(dead_code)]
pub mod distro;
pub mod mutants;
