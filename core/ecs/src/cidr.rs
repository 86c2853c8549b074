//! IPv4 CIDR blocks as AWS takes them: dotted quads without leading zeros, and a
//! prefix length. Parsing is `ipnet`'s; what AWS adds is that the address must be
//! the network address.

use ipnet::Ipv4Net;
use std::str::FromStr;

/// A parsed CIDR block and whether it was written in canonical form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cidr {
    pub net: Ipv4Net,
    /// The address had no host bits set.
    pub canonical: bool,
}

impl Cidr {
    pub fn parse(s: &str) -> Option<Cidr> {
        let net = Ipv4Net::from_str(s).ok()?;
        let trunc = net.trunc();
        // Canonical means written exactly as AWS writes it back: no host bits, no
        // leading zeros.
        Some(Cidr {
            canonical: trunc.to_string() == s,
            net: trunc,
        })
    }

    pub fn prefix(&self) -> u8 {
        self.net.prefix_len()
    }

    /// Addresses AWS lets tasks use: all but the first four and the last.
    pub fn usable(&self) -> u64 {
        (1u64 << (32 - u32::from(self.prefix()))).saturating_sub(5)
    }

    pub fn overlaps(&self, o: &Cidr) -> bool {
        self.net.contains(&o.net.network()) || o.net.contains(&self.net.network())
    }

    pub fn within(&self, outer: &Cidr) -> bool {
        outer.net.contains(&self.net)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_form_and_capacity() {
        let c = Cidr::parse("10.0.0.1/16").unwrap();
        assert!(!c.canonical);
        assert_eq!(c.net.to_string(), "10.0.0.0/16");
        assert_eq!(Cidr::parse("10.0.0.0/20").unwrap().usable(), 4091);
        assert!(Cidr::parse("010.0.0.0/16").is_some_and(|c| !c.canonical));
        assert!(Cidr::parse("10.0.0.0").is_none());
    }

    #[test]
    fn overlap_and_containment() {
        let a = Cidr::parse("10.0.0.0/20").unwrap();
        let b = Cidr::parse("10.0.8.0/24").unwrap();
        let vpc = Cidr::parse("10.0.0.0/16").unwrap();
        assert!(a.overlaps(&b) && b.overlaps(&a));
        assert!(b.within(&vpc));
        assert!(!Cidr::parse("10.1.0.0/24").unwrap().within(&vpc));
    }
}
