//! Stored documents (a declaration as read, an assessment's explanation) as gzip-compressed JSON: written through
//! the encoder as they are serialised, read through the decoder as they are parsed (a small one is decompressed
//! whole first, which parses faster), so the JSON text of a large declaration never exists whole in
//! the service, nor in the database driver's copies of a bound value (SQLite held the text of one document two or
//! three times while it built the row). Rows written before hold their text in `document` and no bytes: both are
//! read.

use std::io::{BufReader, Read as _};

use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::StorageError;

/// `value` as gzip-compressed JSON. Compression level 1: JSON of repeated keys and codes shrinks ~10× at the fastest
/// level; the higher levels cost seconds on a quarter of a million sites for a few per cent.
pub(super) fn pack<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, StorageError> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    serde_json::to_writer(&mut encoder, value)?;
    encoder.finish().map_err(|e| StorageError::Corrupt(super::Corruption::Compression(e)))
}

/// Two values packed as [`pack`] packs each, `second` on a thread of its own (a declaration and its assessment as an
/// import stores them: at 100,000 sites each is about a second of serialising and compressing on one core). A panic
/// in either goes on here, as it would have on this thread.
pub(super) fn pack_both<A: Serialize + Sync + ?Sized, B: Serialize + Sync + ?Sized>(
    first: &A,
    second: &B,
) -> Result<(Vec<u8>, Vec<u8>), StorageError> {
    std::thread::scope(|s| {
        let other = s.spawn(|| pack(second));
        let one = pack(first);
        let two = other.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        Ok((one?, two?))
    })
}

/// A stored document: the compressed bytes when the row has them, else its JSON text (rows written before).
pub(super) fn unpack<T: DeserializeOwned>(packed: Option<&[u8]>, text: &str) -> Result<T, StorageError> {
    match packed {
        // A small document is decompressed whole and parsed from its bytes, faster than parsing through the
        // decoder a byte at a time; a large one is parsed as it is decompressed, never whole.
        Some(bytes) if bytes.len() <= UNPACK_WHOLE_BYTES => {
            let mut json = Vec::with_capacity(bytes.len().saturating_mul(8));
            GzDecoder::new(bytes).read_to_end(&mut json).map_err(serde_json::Error::io)?;
            Ok(serde_json::from_slice(&json)?)
        }
        Some(bytes) => Ok(serde_json::from_reader(BufReader::new(GzDecoder::new(bytes)))?),
        None => Ok(serde_json::from_str(text)?),
    }
}

/// The compressed size up to which a document is decompressed whole before it is parsed ([`unpack`]): 256 KiB, about
/// 2 MB of JSON (a declaration of a few thousand sites).
const UNPACK_WHOLE_BYTES: usize = 256 * 1024;

/// About how many bytes of JSON a stored document holds (compressed JSON is about an eighth of its text, see
/// [`pack`]): what decides whether it is parsed on a blocking thread.
pub(super) fn json_len(packed: Option<&[u8]>, text: &str) -> usize {
    packed.map_or(text.len(), |b| b.len().saturating_mul(8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_document_reads_back_as_the_value_written() {
        let site = serde_json::json!({"score": 10.600000000000001, "name": "Été"});
        let value = serde_json::json!({"form": 2, "sites": vec![site; 50]});
        let packed = pack(&value).unwrap();
        assert!(packed.len() < value.to_string().len() / 4, "{} bytes", packed.len());
        let back: serde_json::Value = unpack(Some(&packed), "").unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn two_documents_packed_side_by_side_are_each_packed_as_alone() {
        let first = serde_json::json!({"sites": vec!["Été"; 500]});
        let second = vec![10.600000000000001_f64; 700];
        let (one, two) = pack_both(&first, &second).unwrap();
        assert_eq!(one, pack(&first).unwrap());
        assert_eq!(two, pack(&second).unwrap());
        assert_eq!(unpack::<serde_json::Value>(Some(&one), "").unwrap(), first);
        assert_eq!(unpack::<Vec<f64>>(Some(&two), "").unwrap(), second);
    }

    #[test]
    fn a_row_without_bytes_is_read_from_its_text() {
        let back: Vec<u32> = unpack(None, "[1,2,3]").unwrap();
        assert_eq!(back, vec![1, 2, 3]);
    }

    #[test]
    fn damaged_bytes_are_an_error_not_a_value() {
        let mut packed = pack(&vec![1u32; 1000]).unwrap();
        let n = packed.len();
        packed.truncate(n / 2);
        assert!(unpack::<Vec<u32>>(Some(&packed), "").is_err());
    }
}
