//! Test support shared by the integration tests: a fake Discord on loopback, its rate limits and
//! its TLS front.

pub mod fake_discord;
pub mod fake_limits;
pub mod fake_tls;
