//! Test support shared by the integration tests: a fake Discord on loopback.

pub mod fake_discord;
