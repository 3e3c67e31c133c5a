//! Brotli's decoder on its own, for the page's loaders (`app/fetch-wasm.js`): a host that
//! compresses on the fly sends the WebGPU engine's 27.9 MB of wasm gzipped, 4.4 MB; its brotli
//! copy, written beside it by `scripts/precompress.sh`, is 2.5 MB (brotli's window spans 16 MB of
//! the file, gzip's 32 KB). Browsers decode brotli only as a transfer encoding the host chose, so
//! the loaders fetch the copy as a plain file and decode it here. A plain wasm module, with no
//! JavaScript glue and no imports: `input(length)` gives where to write the compressed bytes,
//! `decode()` the decoded length (or -1 for bytes that are not brotli), and `output()` where they
//! are.

use std::sync::Mutex;

static INPUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static OUTPUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Room for `length` compressed bytes; returns where to write them.
#[unsafe(no_mangle)]
pub extern "C" fn input(length: usize) -> *mut u8 {
    let mut input = INPUT.lock().unwrap();
    *input = vec![0; length];
    input.as_mut_ptr()
}

/// Decodes the input; returns the decoded length, or -1 where the input is not whole brotli.
#[unsafe(no_mangle)]
pub extern "C" fn decode() -> isize {
    let input = std::mem::take(&mut *INPUT.lock().unwrap());
    let mut output = OUTPUT.lock().unwrap();
    output.clear();
    match brotli_decompressor::BrotliDecompress(&mut input.as_slice(), &mut *output) {
        Ok(()) => output.len() as isize,
        Err(_) => -1,
    }
}

/// Where the decoded bytes are (valid until the next `input` or `decode`).
#[unsafe(no_mangle)]
pub extern "C" fn output() -> *const u8 {
    OUTPUT.lock().unwrap().as_ptr()
}

fn main() {}

#[cfg(test)]
mod tests {
    /// A copy written as `scripts/precompress.sh` writes them (brotli's quality 11, window 24;
    /// tests/fixtures/numbers.txt.br, made with Node's zlib from the text below) decodes to its
    /// text, and bytes that are not brotli, or a copy cut short, are refused, not decoded to
    /// garbage.
    #[test]
    fn a_brotli_copy_decodes_to_its_file_and_anything_else_is_refused() {
        let text: String = (0..5000).map(|i| format!("{}{}", (i * 7919) % 1000, if i % 12 == 11 { "\n" } else { " " })).collect();
        let compressed = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/numbers.txt.br")).unwrap();
        let decode = |bytes: &[u8]| {
            let at = super::input(bytes.len());
            unsafe { std::slice::from_raw_parts_mut(at, bytes.len()) }.copy_from_slice(bytes);
            let length = super::decode();
            (length >= 0).then(|| unsafe { std::slice::from_raw_parts(super::output(), length as usize) }.to_vec())
        };
        assert!(compressed.len() * 10 < text.len());
        assert_eq!(decode(&compressed).as_deref(), Some(text.as_bytes()));
        assert_eq!(decode(&compressed[..compressed.len() / 2]), None, "a copy cut short");
        assert_eq!(decode(text.as_bytes()), None, "a file that is not brotli");
    }
}
