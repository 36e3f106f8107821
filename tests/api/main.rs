//! Integration tests over real HTTP: every test spawns its own application with its own database, on SQLite and,
//! when `CHAINON_TEST_POSTGRES_URL` is set, on PostgreSQL.

// A failed set-up step in a test is a failed test: panicking is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::string_slice)]

mod access;
mod admin_pages;
mod browser;
mod case_pages;
mod cases;
mod cli;
mod corpus;
mod declarations;
mod follow_up;
mod french_words;
mod graph;
mod helpers;
mod intake_answers;
mod isolation;
mod labels;
mod lists;
mod long_pages;
mod notes_paged;
mod notified;
mod openapi;
mod pages;
mod parameters;
mod references;
mod reliability;
mod replacements;
mod reports;
mod request_bodies;
mod requests_taken;
mod screening;
mod screening_lifecycle;
mod search_bounds;
mod sessions;
mod workflow;
