//! Stored documents (a declaration as read, an assessment's explanation) as gzip-compressed JSON: written through
//! the encoder as they are serialised, read through the decoder as they are parsed, so the JSON text of a large
//! declaration never exists whole in the service, nor in the database driver's copies of a bound value (SQLite held
//! the text of one document two or three times while it built the row). Rows written before hold their text in
//! `document` and no bytes: both are read.

use std::io::BufReader;

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

/// A stored document: the compressed bytes when the row has them, else its JSON text (rows written before).
pub(super) fn unpack<T: DeserializeOwned>(packed: Option<&[u8]>, text: &str) -> Result<T, StorageError> {
    match packed {
        Some(bytes) => Ok(serde_json::from_reader(BufReader::new(GzDecoder::new(bytes)))?),
        None => Ok(serde_json::from_str(text)?),
    }
}

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
