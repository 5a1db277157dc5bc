//! Test support shared by the integration tests: a fake Discord on loopback, its rate limits and
//! its TLS front.

pub mod fake_discord;
pub mod fake_limits;
pub mod fake_tls;

/// Copies the files (not the folders) of `from` into `to`, creating it: a test's own data
/// directory made from the shipped and fixture articles.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}
