//! Reading untrusted files in a child process. The service re-runs its own binary as `chainon intake-worker`, which
//! caps its own memory and CPU time (setrlimit) before it reads the job from standard input and writes its answer,
//! JSON, to standard output. When a reader library misbehaves — an allocation failure aborts a Rust process, and
//! `catch_unwind` cannot catch it — only the worker dies; the service answers with a refusal of the file.
//!
//! A worker stopped by the wall clock is judged by the processor time it was given (read from `/proc` before it is
//! killed): one that used its CPU limit, or had the processor nearly all the time it ran, was defeated by the file
//! (refused); one that used much less waited for a busy machine ([`ReadError::Busy`]: send the file again later).

use std::io::{BufRead, Read, Write};
use std::path::PathBuf;
use std::process::{ExitStatus, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::Semaphore;

use crate::domain::Issue;
use crate::import::{self, Limits, Parsed};

/// The hidden subcommand of the `chainon` binary that reads one file.
pub const WORKER_COMMAND: &str = "intake-worker";

/// How much of a worker's standard error is kept for the log and for telling an allocation failure.
const STDERR_KEPT: u64 = 16 * 1024;

/// The longest job header (file name and limits) a worker accepts.
const MAX_HEADER_BYTES: u64 = 64 * 1024;

/// How uploaded files are read (`[isolation]` in the settings).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IsolationSettings {
    /// Read uploads in a child process (the default); off reads them inside the service's own process.
    pub enabled: bool,
    /// The program run as `<program> intake-worker`; default: the running `chainon` binary.
    pub program: Option<PathBuf>,
    /// Memory a worker may map, in MiB: its whole address space (program, stack and heap).
    pub memory_mib: u64,
    /// CPU seconds a worker may use.
    pub cpu_secs: u64,
    /// Seconds a worker may run before it is killed (waiting for a free worker does not count).
    pub timeout_secs: u64,
    /// Workers running at once; further uploads wait their turn. Default: one per core.
    pub max_workers: Option<usize>,
    /// Uploads the service takes in at once, their bodies held in memory while they are received, wait for a worker
    /// and are read and stored (so at most this many times the file limit); one more is refused with 503 and
    /// `Retry-After`, its body read through and dropped rather than kept. Default: twice the workers.
    pub max_uploads: Option<usize>,
}

impl Default for IsolationSettings {
    fn default() -> Self {
        IsolationSettings {
            enabled: true,
            program: None,
            memory_mib: 1024,
            cpu_secs: 30,
            timeout_secs: 60,
            max_workers: None,
            max_uploads: None,
        }
    }
}

impl IsolationSettings {
    /// Workers running at once: `max_workers`, else one per core (at least one).
    pub fn workers(&self) -> usize {
        self.max_workers.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())).max(1)
    }

    /// Uploads taken in at once: `max_uploads`, else twice [`workers`](Self::workers) (at least one).
    pub fn uploads(&self) -> usize {
        self.max_uploads.unwrap_or_else(|| self.workers().saturating_mul(2)).max(1)
    }
}

/// Where a file is read: in this process (the command line, the demo loader) or in a limited child process (uploads
/// to the service).
#[derive(Debug, Clone)]
pub enum Reader {
    /// On a blocking thread of this process.
    InProcess,
    /// In a child process with memory, CPU and wall-clock limits.
    Isolated(Isolation),
}

/// A reader in a child process: the program, its limits, and the permits that bound how many run at once.
#[derive(Debug, Clone)]
pub struct Isolation {
    program: PathBuf,
    memory_bytes: u64,
    cpu_secs: u64,
    timeout: Duration,
    permits: Arc<Semaphore>,
}

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file is refused: its issues, or the one issue saying the reader failed on it.
    #[error("the file was refused with {} issue(s)", .0.len())]
    Refused(Vec<Issue>),
    /// The reader could not be run at all (a fault of the server, not of the file).
    #[error("the reader could not be run")]
    Unavailable(#[source] Unavailable),
    /// The worker was stopped by the wall clock having had much less processor time than its limits allow: the
    /// machine was too busy, the file is not at fault. Nothing was read; the same file may be sent again.
    #[error("the reader was stopped by the wall clock after {cpu_ms:?} ms of processor time in {wall_ms} ms")]
    Busy {
        /// Processor time the worker had used, in milliseconds (`None`: it could not be read).
        cpu_ms: Option<u64>,
        /// Wall-clock time the worker ran, in milliseconds.
        wall_ms: u64,
    },
}

/// Why a reader could not be run: a fault of the server, each with the error beneath it.
#[derive(Debug, thiserror::Error)]
pub enum Unavailable {
    /// The blocking task that reads in the service's own process, or decodes a worker's answer, did not run to its
    /// end.
    #[error("a blocking task stopped")]
    Task(#[from] tokio::task::JoinError),
    /// The job could not be written for the worker.
    #[error("writing the job")]
    Job(#[source] serde_json::Error),
    /// The permits of the workers were closed.
    #[error("waiting for a worker's turn")]
    Permits(#[from] tokio::sync::AcquireError),
    /// The worker's program could not be started.
    #[error("starting {}", .program.display())]
    Start {
        program: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The worker could not be waited for.
    #[error("waiting for the intake worker")]
    Wait(#[source] std::io::Error),
}

/// How a worker failed on a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Failure {
    OutOfMemory,
    OutOfTime,
    Stopped,
    Unreadable,
    /// Stopped by the wall clock without having had the processor time it needed: the machine's fault, not the
    /// file's (processor time and wall-clock time it ran, in milliseconds).
    Starved {
        cpu_ms: Option<u64>,
        wall_ms: u64,
    },
}

/// The share of its running time a worker stopped by the wall clock must have had on the processor for the file to
/// be at fault (in tenths): below it the worker was waiting for the processor (or for anything but the file).
const FULL_SHARE_TENTHS: u128 = 9;

/// Clock ticks per second of the times in `/proc/<pid>/stat` (`USER_HZ`, fixed at 100 by Linux's interface on
/// every architecture it supports today, whatever the kernel's own tick rate).
const USER_HZ: u64 = 100;

/// Why a worker stopped by the wall clock (after `wall` of running) was stopped: the file's fault
/// ([`Failure::OutOfTime`]) when it used its CPU limit or had the processor for nearly all the time it ran (so the
/// wall clock, not the machine, cut it short); otherwise the machine was busy ([`Failure::Starved`]). A CPU time
/// that could not be read is no proof against the file: the machine is held responsible, and the file may be sent
/// again.
fn judge_timeout(cpu: Option<Duration>, cpu_limit: Duration, wall: Duration) -> Failure {
    let starved = Failure::Starved {
        cpu_ms: cpu.map(|c| u64::try_from(c.as_millis()).unwrap_or(u64::MAX)),
        wall_ms: u64::try_from(wall.as_millis()).unwrap_or(u64::MAX),
    };
    match cpu {
        Some(cpu) if cpu >= cpu_limit => Failure::OutOfTime,
        Some(cpu) if cpu.as_millis().saturating_mul(10) >= wall.as_millis().saturating_mul(FULL_SHARE_TENTHS) => {
            Failure::OutOfTime
        }
        _ => starved,
    }
}

/// The processor time (user and system, their threads and the children they waited for) process `pid` and the
/// processes below it have used, from `/proc/<n>/stat`: a worker program may read the file in a child of its own. One
/// pass over `/proc` (as many processes as the machine runs), made only when the wall clock stops a worker. `None`
/// when the worker's own line cannot be read (no `/proc`, the process gone, a line not as documented in proc(5)).
fn cpu_time_of(pid: u32) -> Option<Duration> {
    let own = cpu_time_in_stat(&std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?)?;
    // Every other process: its parent and time.
    let mut others: Vec<(u32, u32, Duration)> = Vec::new();
    for entry in std::fs::read_dir("/proc").ok().into_iter().flatten().flatten() {
        let Some(n) = entry.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else { continue };
        if n == pid {
            continue;
        }
        if let Ok(stat) = std::fs::read_to_string(entry.path().join("stat"))
            && let (Some(parent), Some(cpu)) = (parent_in_stat(&stat), cpu_time_in_stat(&stat))
        {
            others.push((n, parent, cpu));
        }
    }
    let mut total = own;
    let mut below = vec![pid];
    while let Some(p) = below.pop() {
        for &(n, parent, cpu) in &others {
            if parent == p {
                total = total.saturating_add(cpu);
                below.push(n);
            }
        }
    }
    Some(total)
}

/// The fields of a `/proc/<pid>/stat` line after the command name, which is in parentheses and may hold spaces or
/// parentheses itself: field 3 (state) first.
fn stat_fields(stat: &str) -> Option<std::str::SplitAsciiWhitespace<'_>> {
    stat.rsplit_once(')').map(|(_, after_name)| after_name.split_ascii_whitespace())
}

/// The parent process in a `/proc/<pid>/stat` line: field 4.
fn parent_in_stat(stat: &str) -> Option<u32> {
    stat_fields(stat)?.nth(1)?.parse().ok()
}

/// The processor time in a `/proc/<pid>/stat` line: fields 14–17 (utime, stime, cutime, cstime).
fn cpu_time_in_stat(stat: &str) -> Option<Duration> {
    let ticks = stat_fields(stat)?.skip(11).take(4).map(|f| f.parse::<u64>().ok()).collect::<Option<Vec<u64>>>()?;
    if ticks.len() != 4 {
        return None;
    }
    let total = ticks.into_iter().fold(0u64, u64::saturating_add);
    Some(Duration::from_millis(total.saturating_mul(1000 / USER_HZ)))
}

/// What a worker answers: the reader's own result.
type Reply = Result<Parsed, Vec<Issue>>;

/// The job a worker is given ahead of the file's bytes, as one line of JSON.
#[derive(Debug, Serialize, Deserialize)]
struct Job {
    file_name: String,
    limits: Limits,
}

impl Reader {
    /// The reader the settings ask for.
    pub fn from_settings(settings: &IsolationSettings) -> std::io::Result<Reader> {
        if !settings.enabled {
            return Ok(Reader::InProcess);
        }
        let program = match &settings.program {
            Some(p) => p.clone(),
            None => std::env::current_exe()?,
        };
        Ok(Reader::Isolated(Isolation {
            program,
            memory_bytes: settings.memory_mib.saturating_mul(1024 * 1024),
            cpu_secs: settings.cpu_secs.max(1),
            timeout: Duration::from_secs(settings.timeout_secs.max(1)),
            permits: Arc::new(Semaphore::new(settings.workers())),
        }))
    }

    /// Reads a declaration file; never blocks the calling async worker.
    pub async fn read(&self, file_name: &str, bytes: Arc<Vec<u8>>, limits: &Limits) -> Result<Parsed, ReadError> {
        match self {
            Reader::InProcess => {
                let (name, limits) = (file_name.to_string(), limits.clone());
                tokio::task::spawn_blocking(move || import::read_declaration(&name, &bytes, &limits))
                    .await
                    .map_err(|e| ReadError::Unavailable(e.into()))?
                    .map_err(ReadError::Refused)
            }
            Reader::Isolated(isolation) => isolation.read(file_name, &bytes, limits).await,
        }
    }

    /// Runs one worker on a tiny file and expects an answer: at start-up, a wrong program or limits too tight for
    /// the worker to run at all show at once instead of at the first upload.
    pub async fn check(&self) -> Result<(), CheckError> {
        let Reader::Isolated(isolation) = self else { return Ok(()) };
        // The reader refuses `{}` for what it lacks, with issues of its own: any reply means the worker answered.
        match isolation.run("check.json", b"{}", &Limits::default()).await {
            Ok(_) => Ok(()),
            Err(RunError::Failed(failure)) => {
                Err(CheckError::Failed { program: isolation.program.clone(), reason: isolation.reason(failure).0 })
            }
            Err(RunError::Unavailable(e)) => Err(CheckError::Unavailable(e)),
        }
    }
}

/// Why the worker did not answer the check at start-up.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// It ran and failed on the test file; `reason` is the end of a sentence for the person starting the service
    /// (the limit it ran into), the words the refusal of a file gives too.
    #[error(
        "{} failed on a test file ({reason}): is it a chainon binary, and are the isolation limits large enough for \
         it to start?",
        .program.display()
    )]
    Failed { program: PathBuf, reason: String },
    /// It could not be run at all.
    #[error("the worker could not be run")]
    Unavailable(#[source] Unavailable),
}

/// Why a worker gave no reply.
enum RunError {
    /// It ran and failed on the file.
    Failed(Failure),
    /// It could not be run or waited for.
    Unavailable(Unavailable),
}

/// What a finished worker left behind.
struct Run {
    status: ExitStatus,
    stdout: Vec<u8>,
    stdout_overflow: bool,
    stderr: Vec<u8>,
}

impl Isolation {
    /// Reads a file in a worker; a worker's failure is the file's refusal.
    async fn read(&self, file_name: &str, bytes: &[u8], limits: &Limits) -> Result<Parsed, ReadError> {
        match self.run(file_name, bytes, limits).await {
            Ok(reply) => reply.map_err(ReadError::Refused),
            Err(RunError::Failed(Failure::Starved { cpu_ms, wall_ms })) => Err(ReadError::Busy { cpu_ms, wall_ms }),
            Err(RunError::Failed(failure)) => Err(self.refusal(file_name, failure)),
            Err(RunError::Unavailable(why)) => Err(ReadError::Unavailable(why)),
        }
    }

    /// Runs one worker on a file: its reply, or how it failed.
    async fn run(&self, file_name: &str, bytes: &[u8], limits: &Limits) -> Result<Reply, RunError> {
        let header = serde_json::to_vec(&Job { file_name: file_name.to_string(), limits: limits.clone() })
            .map_err(|e| RunError::Unavailable(Unavailable::Job(e)))?;
        // The semaphore is never closed, so acquiring only waits.
        let permit = self.permits.acquire().await.map_err(|e| RunError::Unavailable(e.into()))?;
        let mut child = tokio::process::Command::new(&self.program)
            .arg(WORKER_COMMAND)
            .arg("--memory-bytes")
            .arg(self.memory_bytes.to_string())
            .arg("--cpu-secs")
            .arg(self.cpu_secs.to_string())
            .env_clear()
            .current_dir("/")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|source| RunError::Unavailable(Unavailable::Start { program: self.program.clone(), source }))?;
        let started = Instant::now();
        // The answer can be no larger than what the worker may hold.
        let max_stdout = self.memory_bytes.max(1024 * 1024);
        let run = tokio::time::timeout(self.timeout, async {
            let (stdin, stdout, stderr) = (child.stdin.take(), child.stdout.take(), child.stderr.take());
            let write = async {
                if let Some(mut stdin) = stdin {
                    // A worker that dies early closes the pipe; its exit status says why, so this error is moot.
                    let _ = async {
                        stdin.write_all(&header).await?;
                        stdin.write_all(b"\n").await?;
                        stdin.write_all(bytes).await?;
                        stdin.shutdown().await
                    }
                    .await;
                }
            };
            let ((), stdout, stderr) = tokio::join!(write, keep(stdout, max_stdout + 1), keep(stderr, STDERR_KEPT));
            let stdout_overflow = stdout.len() as u64 > max_stdout;
            let status = child.wait().await?;
            Ok::<_, std::io::Error>(Run { status, stdout, stdout_overflow, stderr })
        })
        .await;
        let run = match run {
            Ok(Ok(run)) => run,
            Ok(Err(e)) => return Err(RunError::Unavailable(Unavailable::Wait(e))),
            Err(_elapsed) => {
                // Its processor time is read while it is still there, then it is killed and reaped here rather than
                // left to the runtime.
                let cpu = child.id().and_then(cpu_time_of);
                let wall = started.elapsed();
                let _ = child.kill().await;
                let failure = judge_timeout(cpu, Duration::from_secs(self.cpu_secs), wall);
                tracing::warn!(
                    file_name,
                    timeout_secs = self.timeout.as_secs(),
                    cpu = ?cpu,
                    wall = ?wall,
                    ?failure,
                    "intake worker stopped by the wall clock: killed"
                );
                return Err(RunError::Failed(failure));
            }
        };
        drop(permit);
        Self::judge(file_name, run).await
    }

    /// The worker's reply, or how it failed, from what it left behind.
    async fn judge(file_name: &str, run: Run) -> Result<Reply, RunError> {
        let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
        if !run.status.success() || run.stdout_overflow {
            let failure = if run.stdout_overflow { Failure::Unreadable } else { classify(run.status, &stderr) };
            tracing::warn!(file_name, status = %run.status, ?failure, stderr = %stderr.trim_end(), "intake worker failed");
            return Err(RunError::Failed(failure));
        }
        // Decoding a large answer is CPU work: off the async workers.
        let stdout = run.stdout;
        let decoded = tokio::task::spawn_blocking(move || serde_json::from_slice::<Reply>(&stdout))
            .await
            .map_err(|e| RunError::Unavailable(e.into()))?;
        decoded.map_err(|e| {
            tracing::warn!(file_name, error = %e, stderr = %stderr.trim_end(), "intake worker answered garbage");
            RunError::Failed(Failure::Unreadable)
        })
    }

    /// Why a worker failed, as the end of a sentence in English and in French.
    fn reason(&self, failure: Failure) -> (String, String) {
        match failure {
            Failure::OutOfMemory => {
                let mib = self.memory_bytes / (1024 * 1024);
                (
                    format!("the reader ran out of memory (limit {mib} MiB)"),
                    format!("le lecteur a manqué de mémoire (limite de {mib}\u{a0}Mio)"),
                )
            }
            Failure::OutOfTime => {
                let (cpu, wall) = (self.cpu_secs, self.timeout.as_secs());
                (
                    format!("the reader ran out of time (limits {cpu} s of processor, {wall} s in all)"),
                    format!(
                        "le lecteur a manqué de temps (limites de {cpu}\u{a0}s de processeur, {wall}\u{a0}s en tout)"
                    ),
                )
            }
            Failure::Stopped => (
                "the reader stopped unexpectedly".to_string(),
                "le lecteur s'est arrêté de façon inattendue".to_string(),
            ),
            Failure::Unreadable => (
                "the reader gave no usable answer".to_string(),
                "le lecteur n'a donné aucune réponse utilisable".to_string(),
            ),
            Failure::Starved { .. } => {
                let wall = self.timeout.as_secs();
                (
                    format!("the machine was too busy for the reader to finish within {wall} s"),
                    format!("la machine était trop occupée pour que le lecteur finisse en {wall}\u{a0}s"),
                )
            }
        }
    }

    /// The one issue that refuses a file a worker failed on, in English and French.
    fn refusal(&self, file_name: &str, failure: Failure) -> ReadError {
        let (en, fr) = self.reason(failure);
        ReadError::Refused(vec![Issue::error(
            file_name,
            None,
            format!(
                "The file could not be read safely: {en}. Nothing was stored. Check that the file opens in a \
                 spreadsheet program, or send it in another format (XLSX, ODS, CSV in a zip, JSON)."
            ),
            format!(
                "Le fichier n'a pas pu être lu en toute sécurité\u{a0}: {fr}. Rien n'a été enregistré. Vérifiez que le \
                 fichier s'ouvre dans un tableur, ou envoyez-le dans un autre format (XLSX, ODS, CSV dans un zip, JSON)."
            ),
        )])
    }
}

/// The first `limit` bytes of a worker's output, the rest read and dropped so the worker never blocks on a full pipe
/// (it ends by itself or by its limits).
async fn keep(pipe: Option<impl tokio::io::AsyncRead + Unpin>, limit: u64) -> Vec<u8> {
    let mut kept = Vec::new();
    if let Some(mut pipe) = pipe {
        let _ = (&mut pipe).take(limit).read_to_end(&mut kept).await;
        let _ = tokio::io::copy(&mut pipe, &mut tokio::io::sink()).await;
    }
    kept
}

/// How a worker that did not exit cleanly failed, from its exit status and what it printed.
fn classify(status: ExitStatus, stderr: &str) -> Failure {
    use std::os::unix::process::ExitStatusExt;
    // Rust's allocation-failure handler prints this line before it aborts.
    if stderr.contains("memory allocation of") || stderr.contains("out of memory") {
        return Failure::OutOfMemory;
    }
    // SIGXCPU: the CPU-time limit; SIGKILL without a word: the kernel's last resort (the OOM killer, or the hard
    // CPU limit one second after SIGXCPU).
    const SIGKILL: i32 = 9;
    const SIGXCPU: i32 = 24;
    match status.signal() {
        Some(SIGXCPU) => Failure::OutOfTime,
        Some(SIGKILL) => Failure::OutOfMemory,
        _ => Failure::Stopped,
    }
}

/// The worker's side (`chainon intake-worker`): limits this process, reads the job and the file from standard
/// input, writes the reader's result as JSON to standard output.
pub fn run_worker(memory_bytes: u64, cpu_secs: u64) -> std::io::Result<()> {
    let (address_space, _) = rlimit::getrlimit(rlimit::Resource::AS)?;
    let limited_from_start = address_space <= memory_bytes;
    limit_self(memory_bytes.min(address_space), cpu_secs)?;
    if !limited_from_start {
        // mimalloc reserves a 1 GiB arena at the first allocation, before `main`: a limit set afterwards would
        // leave that arena usable whatever the limit. Running this program again, under the limits, makes them
        // hold from the first allocation on (the allocator then reserves what the limit allows). `exec` keeps the
        // process id, standard input and the limits; it returns only if it failed.
        use std::os::unix::process::CommandExt;
        return Err(std::process::Command::new("/proc/self/exe").args(std::env::args_os().skip(1)).exec());
    }
    let mut input = std::io::stdin().lock();
    let job = read_job(&mut input)?;
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes)?;
    let reply: Reply = import::read_declaration(&job.file_name, &bytes, &job.limits);
    drop(bytes);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer(&mut out, &reply)?;
    out.flush()
}

/// The job line ahead of the file's bytes.
fn read_job(input: &mut impl BufRead) -> std::io::Result<Job> {
    let mut line = Vec::new();
    input.take(MAX_HEADER_BYTES).read_until(b'\n', &mut line)?;
    serde_json::from_slice(&line).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

/// Caps this process: its address space (every mapping counts, so an allocation past it fails), its CPU time
/// (SIGXCPU, then SIGKILL a second later), and no core files.
fn limit_self(memory_bytes: u64, cpu_secs: u64) -> std::io::Result<()> {
    use rlimit::Resource;
    rlimit::setrlimit(Resource::CORE, 0, 0)?;
    rlimit::setrlimit(Resource::CPU, cpu_secs, cpu_secs.saturating_add(1))?;
    rlimit::setrlimit(Resource::AS, memory_bytes, memory_bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::process::ExitStatusExt;

    #[test]
    fn a_job_line_then_the_bytes_is_what_a_worker_reads() {
        let job = Job { file_name: "a file\nwith a newline.json".into(), limits: Limits::default() };
        let mut input = serde_json::to_vec(&job).unwrap();
        input.push(b'\n');
        input.extend_from_slice(b"{\"x\":\n1}");
        let mut cursor = std::io::Cursor::new(input);
        let read = read_job(&mut cursor).unwrap();
        assert_eq!(read.file_name, job.file_name);
        let mut rest = Vec::new();
        std::io::Read::read_to_end(&mut cursor, &mut rest).unwrap();
        assert_eq!(rest, b"{\"x\":\n1}");
    }

    #[test]
    fn an_answer_survives_its_trip_through_json() {
        let bytes = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/demo/cordages-nordiques-w8486.json"),
        )
        .unwrap();
        let reply: Reply = import::read_declaration("c.json", &bytes, &Limits::default());
        let back: Reply = serde_json::from_slice(&serde_json::to_vec(&reply).unwrap()).unwrap();
        let (a, b) = (reply.unwrap(), back.unwrap());
        assert_eq!(a.declaration, b.declaration);
        assert_eq!(a.warnings, b.warnings);
    }

    #[test]
    fn a_worker_is_judged_by_what_it_printed_and_how_it_ended() {
        let signal = |s: i32| ExitStatus::from_raw(s);
        let code = |c: i32| ExitStatus::from_raw(c << 8);
        assert_eq!(classify(signal(6), "memory allocation of 1048576 bytes failed\n"), Failure::OutOfMemory);
        assert_eq!(classify(signal(24), ""), Failure::OutOfTime);
        assert_eq!(classify(signal(9), ""), Failure::OutOfMemory);
        assert_eq!(classify(signal(6), ""), Failure::Stopped);
        assert_eq!(classify(code(101), "thread 'main' panicked"), Failure::Stopped);
    }

    #[test]
    fn a_worker_stopped_by_the_wall_clock_is_the_file_s_fault_only_if_it_had_the_processor() {
        let (s, ms) = (Duration::from_secs, Duration::from_millis);
        let limit = s(30);
        // Waiting for the processor (or for anything but the file): the machine's fault.
        for (cpu, wall) in [(ms(0), s(60)), (ms(40), s(1)), (s(12), s(60)), (s(29), s(60)), (ms(850), s(1))] {
            assert!(
                matches!(judge_timeout(Some(cpu), limit, wall), Failure::Starved { .. }),
                "{cpu:?} of processor in {wall:?}"
            );
        }
        assert_eq!(
            judge_timeout(Some(ms(120)), limit, ms(5_004)),
            Failure::Starved { cpu_ms: Some(120), wall_ms: 5_004 }
        );
        // Its CPU limit used (several threads can use more than the wall time), or the processor nearly all along
        // with a wall clock shorter than the CPU limit: the file's.
        for (cpu, wall) in [(s(30), s(60)), (s(45), s(40)), (ms(9_000), s(10)), (ms(9_950), s(10))] {
            assert_eq!(judge_timeout(Some(cpu), limit, wall), Failure::OutOfTime, "{cpu:?} of processor in {wall:?}");
        }
        // Not known: no proof against the file.
        assert_eq!(judge_timeout(None, limit, s(60)), Failure::Starved { cpu_ms: None, wall_ms: 60_000 });
    }

    #[test]
    fn a_process_s_processor_time_is_read_from_its_stat_line_whatever_its_name() {
        let line = |name: &str| {
            format!("4242 ({name}) S 1 4242 4242 0 -1 4194304 99 0 0 0 250 125 7 3 20 0 1 0 25729 3133440 389 0")
        };
        for name in ["chainon", "intake worker", "a) R 1 2 3 4 5 6 7 8 9 10 11 12 (b", ")", "é ) ("] {
            assert_eq!(cpu_time_in_stat(&line(name)), Some(Duration::from_millis(3_850)), "{name}");
        }
        for broken in
            ["", "4242 chainon S 1", "4242 (chainon) S 1 4242 4242 0 -1 4194304 99 0 0 0 x 125 7 3", "1 (a) S"]
        {
            assert_eq!(cpu_time_in_stat(broken), None, "{broken}");
        }
        assert_eq!(parent_in_stat(&line("a) R 1 2 (b")), Some(1));
    }

    #[test]
    fn a_worker_s_processor_time_counts_the_processes_below_it() {
        // A shell that sleeps while a child of its own spins (for 2 s of processor time at most): the child's time is
        // the worker's while it runs, not only once it has ended and been waited for.
        let mut shell = std::process::Command::new("sh")
            .args(["-c", "(ulimit -S -t 2; while :; do :; done) & sleep 30"])
            .spawn()
            .unwrap();
        let pid = shell.id();
        let mut seen = Duration::ZERO;
        for _ in 0..1_200 {
            std::thread::sleep(Duration::from_millis(20));
            seen = cpu_time_of(pid).unwrap();
            if seen >= Duration::from_millis(300) {
                break;
            }
        }
        shell.kill().unwrap();
        shell.wait().unwrap();
        assert!(seen >= Duration::from_millis(300) && seen < Duration::from_millis(1_900), "{seen:?}");
        assert_eq!(cpu_time_of(u32::MAX), None, "no such process");
    }

    #[test]
    fn every_refusal_says_nothing_was_stored_in_both_languages() {
        let Ok(Reader::Isolated(isolation)) = Reader::from_settings(&IsolationSettings::default()) else {
            panic!("isolation is on by default")
        };
        for failure in [Failure::OutOfMemory, Failure::OutOfTime, Failure::Stopped, Failure::Unreadable] {
            let ReadError::Refused(issues) = isolation.refusal("f.xlsx", failure) else { panic!() };
            let issue = &issues[0];
            assert!(issue.message_en.starts_with("The file could not be read safely"));
            assert_eq!(issue.location, "f.xlsx");
            assert!(issue.message_en.contains("Nothing was stored"), "{failure:?}");
            assert!(issue.message_fr.contains("Rien n'a été enregistré"), "{failure:?}");
        }
    }
}
