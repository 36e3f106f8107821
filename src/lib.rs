//! Chaînon: ethical supply-chain risk assessment for Canadian federal procurement.
//!
//! Dependencies flow one way: [`domain`] ← [`import`], [`graph`], [`storage`] ← [`scoring`] ← [`reports`] ←
//! [`web`] ← [`startup`]. See `ARCHITECTURE.md`.

pub mod accounts;
pub mod cases;
pub mod config;
pub mod domain;
pub mod graph;
pub mod graph_service;
pub mod import;
pub mod isolation;
pub mod notify;
pub mod pipeline;
pub mod reports;
pub mod scoring;
pub mod screening;
pub mod startup;
pub mod storage;
pub mod synth;
pub mod telemetry;
pub mod web;
