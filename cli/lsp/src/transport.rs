//! The protocol's framing over stdin and stdout (`Content-Length` headers, then
//! a JSON body), tolerant of bad input: a body that is not JSON, or not a
//! JSON-RPC message, is answered with the JSON-RPC error for it and the stream
//! goes on; only the end of input or a broken header block ends it.

use lsp_server::Message;
use std::io::{self, BufRead, Read, Write};

/// What the reader hands the server.
pub enum Incoming {
    Message(Message),
    /// A body that could not be read as a message: the error response to send
    /// (`id` is null when the body had none).
    Invalid(serde_json::Value),
}

/// Reads one message. `Ok(None)` at the end of input.
pub fn read(r: &mut impl BufRead, max_body: usize) -> io::Result<Option<Incoming>> {
    let mut length: Option<usize> = None;
    let mut saw_header = false;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if saw_header {
                break;
            }
            // Blank lines between messages are skipped.
            continue;
        }
        saw_header = true;
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().ok();
            }
        }
    }
    let Some(n) = length else {
        return Ok(Some(Incoming::Invalid(error(
            serde_json::Value::Null,
            -32700,
            "missing or invalid Content-Length header",
        ))));
    };
    if n > max_body {
        // Read past it, so the stream stays in step.
        io::copy(&mut r.take(n as u64), &mut io::sink())?;
        return Ok(Some(Incoming::Invalid(error(
            serde_json::Value::Null,
            -32600,
            &format!("message of {n} bytes is larger than the limit of {max_body}"),
        ))));
    }
    let mut body = vec![0; n];
    r.read_exact(&mut body)?;
    Ok(Some(parse(&body)))
}

/// A body as a message, or the error response it gets.
pub fn parse(body: &[u8]) -> Incoming {
    let value: serde_json::Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => {
            return Incoming::Invalid(error(
                serde_json::Value::Null,
                -32700,
                &format!("parse error: {e}"),
            ))
        }
    };
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    match serde_json::from_value::<Message>(value) {
        Ok(m) => Incoming::Message(m),
        Err(e) => Incoming::Invalid(error(id, -32600, &format!("invalid request: {e}"))),
    }
}

fn error(id: serde_json::Value, code: i32, message: &str) -> serde_json::Value {
    serde_json::json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}})
}

/// Writes one message body with its header.
pub fn write(w: &mut impl Write, body: &serde_json::Value) -> io::Result<()> {
    let text = serde_json::to_string(body)?;
    write!(w, "Content-Length: {}\r\n\r\n{text}", text.len())?;
    w.flush()
}

/// A message as JSON.
pub fn to_json(m: &Message) -> serde_json::Value {
    serde_json::to_value(m).unwrap_or(serde_json::Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    fn read_all(input: &str) -> Vec<Incoming> {
        let mut r = io::BufReader::new(input.as_bytes());
        let mut out = Vec::new();
        while let Some(m) = read(&mut r, 1000).unwrap() {
            out.push(m);
        }
        out
    }

    #[test]
    fn bad_bodies_are_answered_and_the_stream_goes_on() {
        let input = [
            frame("{not json"),
            frame(r#"{"jsonrpc":"2.0","id":7,"method":5}"#),
            "Content-Type: x\r\n\r\n".to_string(),
            format!("Content-Length: 2000\r\n\r\n{}", "x".repeat(2000)),
            frame(r#"{"jsonrpc":"2.0","method":"exit"}"#),
        ]
        .concat();
        let got = read_all(&input);
        assert_eq!(got.len(), 5);
        let err = |i: usize| match &got[i] {
            Incoming::Invalid(v) => (v["id"].clone(), v["error"]["code"].as_i64().unwrap()),
            Incoming::Message(_) => panic!("message {i} read as valid"),
        };
        assert_eq!(err(0), (serde_json::Value::Null, -32700));
        assert_eq!(err(1), (serde_json::json!(7), -32600));
        assert_eq!(err(2).1, -32700);
        assert_eq!(err(3).1, -32600);
        assert!(
            matches!(&got[4], Incoming::Message(Message::Notification(n)) if n.method == "exit")
        );
    }
}
