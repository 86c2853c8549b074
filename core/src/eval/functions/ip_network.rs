//! IP network functions: cidrhost, cidrnetmask, cidrsubnet, cidrsubnets.
//!
//! Terraform parses CIDRs with its own copy of Go 1.16's `net.ParseCIDR` (which
//! accepts leading zeros in IPv4 octets: `010.0.0.0/8` is 10.0.0.0/8), masks the
//! host bits, and computes with the `go-cidr` library on Go's byte-slice IPs.
//! This file reproduces those steps on the same representation (4 bytes for IPv4,
//! 16 for IPv6), including their quirks: negative host numbers count back from
//! the end, out-of-range arithmetic reports the panic Terraform reports, and
//! addresses print the way Go prints them.

use super::support::{bigint_text, num, text, whole_bigint, whole_int};
use super::{param, FuncError, Function, ParamKind as K};
use crate::biguint::BigUint;
use crate::value::{Type, Value};

pub(super) const FUNCTIONS: &[Function] = &[
    Function {
        name: "cidrhost",
        params: &[param("prefix", K::String), param("hostnum", K::Number)],
        variadic: None,
        imp: cidrhost,
    },
    Function {
        name: "cidrnetmask",
        params: &[param("prefix", K::String)],
        variadic: None,
        imp: cidrnetmask,
    },
    Function {
        name: "cidrsubnet",
        params: &[
            param("prefix", K::String),
            param("newbits", K::Number),
            param("netnum", K::Number),
        ],
        variadic: None,
        imp: cidrsubnet,
    },
    Function {
        name: "cidrsubnets",
        params: &[param("prefix", K::String)],
        variadic: Some(param("newbits", K::Number)),
        imp: cidrsubnets,
    },
];

/// What Terraform reports when go-cidr writes an address longer than the IP.
const PANIC_INDEX: &str =
    "panic in function implementation: runtime error: index out of range [-1]";

/// A parsed CIDR as Go holds it: the masked IP (4 or 16 bytes) and the mask.
struct Net {
    ip: Vec<u8>,
    mask: Vec<u8>,
}

impl Net {
    /// `Mask.Size()`: the prefix length and the mask's length in bits.
    fn size(&self) -> (i64, i64) {
        (i64::from(ones(&self.mask)), self.mask.len() as i64 * 8)
    }
}

fn ones(mask: &[u8]) -> u32 {
    mask.iter().map(|b| b.count_ones()).sum()
}

fn invalid_cidr(s: &str) -> String {
    format!("invalid CIDR expression: invalid CIDR address: {s}")
}

/// Go 1.16's `net.ParseCIDR`, returning the network (IP already masked).
fn parse_cidr(s: &str) -> Result<Net, String> {
    let Some((addr, mask)) = s.split_once('/') else {
        return Err(invalid_cidr(s));
    };
    let (ip, iplen) = match parse_ipv4(addr) {
        Some(ip) => (ip, 4),
        None => (parse_ipv6(addr).ok_or_else(|| invalid_cidr(s))?, 16),
    };
    let (n, used) = dtoi(mask).ok_or_else(|| invalid_cidr(s))?;
    if used != mask.len() || n > 8 * iplen {
        return Err(invalid_cidr(s));
    }
    let m = cidr_mask(n as i64, 8 * iplen as i64).unwrap_or_default();
    let ip = mask_ip(&ip, &m).ok_or_else(|| invalid_cidr(s))?;
    Ok(Net { ip, mask: m })
}

/// Go's `dtoi`: leading decimal digits (at least one) and how many were read.
fn dtoi(s: &str) -> Option<(usize, usize)> {
    let mut n: usize = 0;
    let mut i = 0;
    for b in s.bytes() {
        if !b.is_ascii_digit() {
            break;
        }
        n = n * 10 + usize::from(b - b'0');
        if n >= 0xff_ffff {
            return None;
        }
        i += 1;
    }
    (i > 0).then_some((n, i))
}

/// Go 1.16's `parseIPv4`: four decimal octets (leading zeros allowed), as the
/// 16-byte IPv4-in-IPv6 form Go uses.
fn parse_ipv4(s: &str) -> Option<Vec<u8>> {
    let mut out = vec![0u8; 16];
    out[10] = 0xff;
    out[11] = 0xff;
    let mut rest = s;
    for i in 0..4 {
        if rest.is_empty() {
            return None;
        }
        if i > 0 {
            rest = rest.strip_prefix('.')?;
        }
        let (n, used) = dtoi(rest)?;
        if n > 0xff {
            return None;
        }
        out[12 + i] = n as u8;
        rest = &rest[used..];
    }
    rest.is_empty().then_some(out)
}

/// Go 1.16's `parseIPv6` (no zones), including a trailing dotted IPv4 part.
fn parse_ipv6(s: &str) -> Option<Vec<u8>> {
    let mut ip = vec![0u8; 16];
    let mut ellipsis: Option<usize> = None;
    let mut s = s;
    if s.starts_with("::") {
        ellipsis = Some(0);
        s = &s[2..];
        if s.is_empty() {
            return Some(ip);
        }
    }
    let mut i = 0;
    while i < 16 {
        let (n, c) = xtoi(s)?;
        if n > 0xffff {
            return None;
        }
        if c < s.len() && s.as_bytes()[c] == b'.' {
            if ellipsis.is_none() && i != 12 {
                return None;
            }
            if i + 4 > 16 {
                return None;
            }
            let v4 = parse_ipv4(s)?;
            ip[i..i + 4].copy_from_slice(&v4[12..16]);
            s = "";
            i += 4;
            break;
        }
        ip[i] = (n >> 8) as u8;
        ip[i + 1] = n as u8;
        i += 2;
        s = &s[c..];
        if s.is_empty() {
            break;
        }
        if !s.starts_with(':') || s.len() == 1 {
            return None;
        }
        s = &s[1..];
        if s.starts_with(':') {
            if ellipsis.is_some() {
                return None;
            }
            ellipsis = Some(i);
            s = &s[1..];
            if s.is_empty() {
                break;
            }
        }
    }
    if !s.is_empty() {
        return None;
    }
    if i < 16 {
        let e = ellipsis?;
        let n = 16 - i;
        for j in (e..i).rev() {
            ip[j + n] = ip[j];
        }
        for b in &mut ip[e..e + n] {
            *b = 0;
        }
    } else if ellipsis.is_some() {
        return None;
    }
    Some(ip)
}

/// Go's `xtoi`: leading hex digits (at least one) and how many were read.
fn xtoi(s: &str) -> Option<(u32, usize)> {
    let mut n: u32 = 0;
    let mut i = 0;
    for b in s.bytes() {
        let Some(d) = char::from(b).to_digit(16) else {
            break;
        };
        n = n * 16 + d;
        if n >= 0xff_ffff {
            return None;
        }
        i += 1;
    }
    (i > 0).then_some((n, i))
}

/// Go's `net.CIDRMask`: `None` when `ones` is out of range.
fn cidr_mask(ones: i64, bits: i64) -> Option<Vec<u8>> {
    if (bits != 32 && bits != 128) || ones < 0 || ones > bits {
        return None;
    }
    let mut m = vec![0u8; (bits / 8) as usize];
    let mut n = ones;
    for b in &mut m {
        if n >= 8 {
            *b = 0xff;
            n -= 8;
        } else {
            *b = !(0xffu8 >> n);
            n = 0;
        }
    }
    Some(m)
}

const V4_IN_V6: [u8; 12] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/// Go's `IP.To4`.
fn to4(ip: &[u8]) -> Option<&[u8]> {
    match ip.len() {
        4 => Some(ip),
        16 if ip[..12] == V4_IN_V6 => Some(&ip[12..]),
        _ => None,
    }
}

/// Go's `IP.Mask`.
fn mask_ip(ip: &[u8], mask: &[u8]) -> Option<Vec<u8>> {
    let mut mask = mask;
    let mut ip = ip;
    if mask.len() == 16 && ip.len() == 4 && mask[..12].iter().all(|b| *b == 0xff) {
        mask = &mask[12..];
    }
    if mask.len() == 4 && ip.len() == 16 && ip[..12] == V4_IN_V6 {
        ip = &ip[12..];
    }
    if ip.len() != mask.len() {
        return None;
    }
    Some(ip.iter().zip(mask).map(|(a, b)| a & b).collect())
}

/// Go's `IP.String`.
fn ip_string(ip: &[u8]) -> String {
    if ip.is_empty() {
        return "<nil>".into();
    }
    if let Some(v4) = to4(ip) {
        // Dotted decimal by hand: `format!` costs more than the rest of cidrhost.
        let mut out = String::with_capacity(15);
        for (i, b) in v4.iter().enumerate() {
            if i > 0 {
                out.push('.');
            }
            if *b >= 100 {
                out.push(char::from(b'0' + b / 100));
            }
            if *b >= 10 {
                out.push(char::from(b'0' + b / 10 % 10));
            }
            out.push(char::from(b'0' + b % 10));
        }
        return out;
    }
    if ip.len() != 16 {
        return format!("?{}", hex(ip));
    }
    let groups: Vec<u16> = ip
        .chunks(2)
        .map(|c| u16::from(c[0]) << 8 | u16::from(c[1]))
        .collect();
    // The first longest run of two or more zero groups becomes "::".
    let (mut best, mut best_len) = (usize::MAX, 0);
    let mut i = 0;
    while i < 8 {
        let j = (i..8).find(|&j| groups[j] != 0).unwrap_or(8);
        if j - i > best_len {
            best = i;
            best_len = j - i;
        }
        i = j.max(i + 1);
    }
    if best_len < 2 {
        best = usize::MAX;
    }
    let mut out = String::new();
    let mut k = 0;
    while k < 8 {
        if k == best {
            out.push_str("::");
            k += best_len;
            continue;
        }
        if k > 0 && !out.ends_with(':') {
            out.push(':');
        }
        out.push_str(&format!("{:x}", groups[k]));
        k += 1;
    }
    out
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Go's `IPNet.String` for an IP and an optional mask.
fn net_string(ip: &[u8], mask: Option<&[u8]>) -> String {
    let nn = match to4(ip) {
        Some(v4) => v4,
        None if ip.len() == 16 => ip,
        None => return "<nil>".into(),
    };
    let Some(mut m) = mask else {
        return "<nil>".into();
    };
    match m.len() {
        4 if nn.len() != 4 => return "<nil>".into(),
        4 => {}
        16 if nn.len() == 4 => m = &m[12..],
        16 => {}
        _ => return "<nil>".into(),
    }
    match simple_mask_length(m) {
        Some(l) => format!("{}/{l}", ip_string(nn)),
        None => format!("{}/{}", ip_string(nn), hex(m)),
    }
}

/// Go's `simpleMaskLength`: the prefix length of a canonical mask.
fn simple_mask_length(m: &[u8]) -> Option<u32> {
    let mut n = 0;
    let mut i = 0;
    while i < m.len() {
        let v = m[i];
        if v == 0xff {
            n += 8;
            i += 1;
            continue;
        }
        let lead = v.leading_ones();
        if v << lead != 0 || m[i + 1..].iter().any(|b| *b != 0) {
            return None;
        }
        n += lead;
        break;
    }
    Some(n)
}

/// go-cidr's `intToIP`: the magnitude's bytes at the end of an address of
/// `bits`; Go panics when they do not fit.
fn int_to_ip(n: &BigUint, bits: usize) -> Result<Vec<u8>, FuncError> {
    let bytes = n.to_bytes_be();
    let len = bits / 8;
    if bytes.len() > len {
        return Err(FuncError::call(PANIC_INDEX));
    }
    let mut out = vec![0u8; len];
    out[len - bytes.len()..].copy_from_slice(&bytes);
    Ok(out)
}

/// go-cidr's `insertNumIntoIP`: `ip | num << (len(ip)*8 - prefix_len)`, for
/// `num` = ±`n` (`neg`), and then the magnitude of the result.
fn insert_num(ip: &[u8], neg: bool, n: &BigUint, prefix_len: i64) -> Result<Vec<u8>, FuncError> {
    let total = ip.len() as i64 * 8;
    let shift = total - prefix_len;
    if n.is_zero() {
        return Ok(ip.to_vec());
    }
    if !(0..=4096).contains(&shift) {
        return Err(FuncError::call(PANIC_INDEX));
    }
    let (x, y) = (BigUint::from_bytes_be(ip), n << (shift as usize));
    let v = if neg {
        // big.Int.Or in two's complement: x | -y = -(((y - 1) &^ x) + 1).
        (&y - 1u32).and_not(&x) + 1u32
    } else {
        x | y
    };
    int_to_ip(&v, total as usize)
}

/// A whole number argument: whether negative, magnitude.
fn bigint_arg(v: &Value) -> Result<(bool, BigUint), FuncError> {
    match whole_bigint(&num(v)) {
        Ok(Some(i)) => Ok(i),
        // A whole number too long to represent overflows go-cidr's IP buffer.
        Ok(None) => Err(FuncError::call(PANIC_INDEX)),
        Err(m) => Err(FuncError::call(m)),
    }
}

fn cidrhost(a: &[Value]) -> Result<Value, FuncError> {
    let (mut neg, mut n) = bigint_arg(&a[1])?;
    let net = parse_cidr(text(&a[0])).map_err(FuncError::call)?;
    // Not with `compact` (the size-bound WebAssembly).
    if !cfg!(feature = "compact") {
        if let Some(ip) = v4_host(&net, neg, &n) {
            return Ok(Value::String(ip_string(&ip)));
        }
    }
    let (parent, addr_len) = net.size();
    let host_len = (addr_len - parent) as usize;
    let max = (BigUint::one() << host_len) - 1u32;
    // go-cidr compares int64(num.Uint64()) with the largest host number; a
    // negative num counts back from it: magnitude = -num - 1, num = max - magnitude.
    let too_big = if neg {
        let magnitude = &n - 1u32;
        let too_big = magnitude > max;
        (neg, n) = if too_big {
            (true, &magnitude - &max)
        } else {
            (false, &max - &magnitude)
        };
        too_big
    } else {
        let magnitude = n.low_u64() as i64;
        magnitude >= 0 && BigUint::from(magnitude as u64) > max
    };
    if too_big {
        return Err(FuncError::call(format!(
            "prefix of {parent} does not accommodate a host numbered {}",
            bigint_text(neg, &n)
        )));
    }
    let bits = if to4(&net.ip).is_some() { 32 } else { 128 };
    let ip = insert_num(&net.ip, neg, &n, bits)?;
    Ok(Value::String(ip_string(&ip)))
}

/// `cidrhost` below for an IPv4 network and a host number inside it, in
/// machine integers; `None` for anything else (IPv6, a number out of range),
/// which takes the general path and its errors.
fn v4_host(net: &Net, neg: bool, n: &BigUint) -> Option<[u8; 4]> {
    let ip: [u8; 4] = net.ip.as_slice().try_into().ok()?;
    if net.mask.len() != 4 {
        return None;
    }
    let n = n.to_u64().filter(|&v| v < 1 << 32)?;
    let max = (1u64 << (32 - net.size().0)) - 1;
    // A negative number counts back from the last host: -1 is `max`.
    let host = if neg {
        max.checked_sub(n - 1)?
    } else {
        Some(n).filter(|&n| n <= max)?
    };
    Some((u32::from_be_bytes(ip) | host as u32).to_be_bytes())
}

fn cidrnetmask(a: &[Value]) -> Result<Value, FuncError> {
    let s = text(&a[0]);
    let net = parse_cidr(s).map_err(FuncError::call)?;
    if to4(&net.ip).is_none() {
        return Err(FuncError::call(format!(
            "IPv6 addresses cannot have a netmask: {s}"
        )));
    }
    Ok(Value::String(ip_string(&net.mask)))
}

fn cidrsubnet(a: &[Value]) -> Result<Value, FuncError> {
    let newbits = whole_int(&num(&a[1])).map_err(FuncError::call)?;
    let (neg, n) = bigint_arg(&a[2])?;
    let net = parse_cidr(text(&a[0])).map_err(FuncError::call)?;
    let (parent, addr_len) = net.size();
    let new_len = parent.wrapping_add(newbits);
    if new_len > addr_len {
        return Err(FuncError::call(format!(
            "insufficient address space to extend prefix of {parent} by {newbits}"
        )));
    }
    // go-cidr: uint64(1<<uint64(newBits)) - 1, where shifts of 64 or more give 0.
    let max = if (0..64).contains(&newbits) {
        (1u64 << newbits) - 1
    } else {
        u64::MAX
    };
    if n.low_u64() > max {
        return Err(FuncError::call(format!(
            "prefix extension of {newbits} does not accommodate a subnet numbered {}",
            bigint_text(neg, &n)
        )));
    }
    // Not with `compact` (the size-bound WebAssembly).
    if !cfg!(feature = "compact") {
        if let Some(ip) = v4_subnet(&net, neg, &n, new_len) {
            return Ok(Value::String(format!("{}/{new_len}", ip_string(&ip))));
        }
    }
    let ip = insert_num(&net.ip, neg, &n, new_len)?;
    let mask = cidr_mask(new_len, addr_len);
    Ok(Value::String(net_string(&ip, mask.as_deref())))
}

/// `insert_num` for an IPv4 network, a non-negative subnet number and a new
/// prefix length of at most 32, when the result fits in 32 bits, in machine
/// integers; `None` for anything else (the general path).
fn v4_subnet(net: &Net, neg: bool, n: &BigUint, new_len: i64) -> Option<[u8; 4]> {
    let ip: [u8; 4] = net.ip.as_slice().try_into().ok()?;
    if neg || net.mask.len() != 4 || !(0..=32).contains(&new_len) {
        return None;
    }
    let y = n.to_u64().filter(|&v| v < 1 << 32)? << (32 - new_len);
    let y = u32::try_from(y).ok()?;
    Some((u32::from_be_bytes(ip) | y).to_be_bytes())
}

/// go-cidr's `AddressRange`: the last address of a network.
fn last_address(ip: &[u8], mask: Option<&[u8]>) -> Result<Vec<u8>, FuncError> {
    let (prefix, bits) = match mask {
        Some(m) => match simple_mask_length(m) {
            Some(l) => (i64::from(l), m.len() as i64 * 8),
            None => (0, 0),
        },
        None => (0, 0),
    };
    if prefix == bits {
        return Ok(ip.to_vec());
    }
    let total = ip.len() * 8;
    let host = (total as i64 - prefix).max(0) as usize;
    let last = ((BigUint::one() << host) - 1u32) | BigUint::from_bytes_be(ip);
    int_to_ip(&last, total)
}

fn step(ip: &[u8], up: bool) -> Vec<u8> {
    let mut out = to4(ip).unwrap_or(ip).to_vec();
    for b in out.iter_mut().rev() {
        if up {
            *b = b.wrapping_add(1);
            if *b > 0 {
                break;
            }
        } else {
            *b = b.wrapping_sub(1);
            if *b < 255 {
                break;
            }
        }
    }
    out
}

/// `ip.Equal(net.IPv4zero) || ip.Equal(net.IPv6zero)`, as go-cidr checks for
/// wrapping around the address space.
fn is_zero_ip(ip: &[u8]) -> bool {
    match ip.len() {
        4 => ip.iter().all(|b| *b == 0),
        16 => {
            ip[12..].iter().all(|b| *b == 0)
                && (ip[..12] == V4_IN_V6 || ip[..12].iter().all(|b| *b == 0))
        }
        _ => false,
    }
}

fn cidrsubnets(a: &[Value]) -> Result<Value, FuncError> {
    let net = parse_cidr(text(&a[0])).map_err(|m| FuncError::arg(0, m))?;
    let (start_len, _) = net.size();
    let lengths = &a[1..];
    if lengths.is_empty() {
        return Ok(Value::List(Type::String, Vec::new()));
    }
    let first = whole_int(&num(&lengths[0])).map_err(|m| FuncError::arg(1, m))?;
    let first = first.wrapping_add(start_len);
    // go-cidr's PreviousSubnet: the subnet of the first length just below the start.
    let start = to4(&net.ip).unwrap_or(&net.ip).to_vec();
    let prev_mask = cidr_mask(first, start.len() as i64 * 8);
    let mut current_ip = prev_mask
        .as_deref()
        .and_then(|m| mask_ip(&step(&start, false), m))
        .unwrap_or_default();
    let mut current_mask = prev_mask;
    let ip_bits = net.ip.len() as i64 * 8;
    let mut out = Vec::with_capacity(lengths.len());
    for (i, v) in lengths.iter().enumerate() {
        let mut length = whole_int(&num(v)).map_err(|m| FuncError::arg(i + 1, m))?;
        if length < 1 {
            return Err(FuncError::arg(
                i + 1,
                "must extend prefix by at least one bit",
            ));
        }
        if length > 32 {
            return Err(FuncError::arg(
                i + 1,
                "may not extend prefix by more than 32 bits",
            ));
        }
        length += start_len;
        if length > ip_bits {
            let protocol = if ip_bits == 32 { "IPv4" } else { "IPv6" };
            return Err(FuncError::arg(
                i + 1,
                format!("would extend prefix to {length} bits, which is too long for an {protocol} address"),
            ));
        }
        // go-cidr's NextSubnet.
        let current_last = last_address(&current_ip, current_mask.as_deref())?;
        let mask = cidr_mask(length, current_last.len() as i64 * 8);
        let sub_ip = mask
            .as_deref()
            .and_then(|m| mask_ip(&current_last, m))
            .unwrap_or_default();
        let last = step(&last_address(&sub_ip, mask.as_deref())?, true);
        let next_ip = mask
            .as_deref()
            .and_then(|m| mask_ip(&last, m))
            .unwrap_or_default();
        let rollover = is_zero_ip(&last);
        if rollover || !contains(&net, &next_ip) {
            return Err(FuncError::arg(
                i + 1,
                format!(
                    "not enough remaining address space for a subnet with a prefix of {length} bits after {}",
                    net_string(&current_ip, current_mask.as_deref())
                ),
            ));
        }
        current_ip = next_ip;
        current_mask = mask;
        out.push(Value::String(net_string(
            &current_ip,
            current_mask.as_deref(),
        )));
    }
    Ok(Value::List(Type::String, out))
}

/// Go's `IPNet.Contains`.
fn contains(net: &Net, ip: &[u8]) -> bool {
    let nn = to4(&net.ip).unwrap_or(&net.ip);
    let m = if net.mask.len() == 16 && nn.len() == 4 {
        &net.mask[12..]
    } else {
        &net.mask[..]
    };
    let ip = to4(ip).unwrap_or(ip);
    if ip.len() != nn.len() || m.len() != nn.len() {
        return false;
    }
    (0..ip.len()).all(|i| nn[i] & m[i] == ip[i] & m[i])
}

#[cfg(test)]
mod tests;
