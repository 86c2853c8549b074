use super::super::{call, lookup};
use crate::value::{Number, Type, Value};

fn run(name: &str, args: &[Value]) -> Result<Value, String> {
    call(lookup(name).unwrap(), args).map_err(|e| e.detail)
}

fn n(v: i64) -> Value {
    Value::number(v)
}

fn num(s: &str) -> Value {
    Value::Number(Number::parse(s).unwrap())
}

#[test]
fn cidrhost_follows_go_cidr() {
    assert_eq!(
        run("cidrhost", &["10.0.0.0/16".into(), n(1)]).unwrap(),
        "10.0.0.1".into()
    );
    assert_eq!(
        run("cidrhost", &["10.1.2.3/16".into(), n(5)]).unwrap(),
        "10.1.0.5".into()
    );
    assert_eq!(
        run("cidrhost", &["010.0.0.0/16".into(), n(1)]).unwrap(),
        "10.0.0.1".into()
    );
    assert_eq!(
        run("cidrhost", &["10.0.0.0/16".into(), n(-1)]).unwrap(),
        "10.0.255.255".into()
    );
    assert_eq!(
        run("cidrhost", &["fd00::/64".into(), n(1)]).unwrap(),
        "fd00::1".into()
    );
    assert_eq!(
        run("cidrhost", &["::ffff:10.0.0.0/104".into(), n(1)]).unwrap(),
        "0:1::ffff:a00:0".into()
    );
    assert_eq!(
        run("cidrhost", &["10.0.0.0/16".into(), n(65536)]).unwrap_err(),
        "Call to function \"cidrhost\" failed: prefix of 16 does not accommodate a host numbered 65536."
    );
    assert_eq!(
        run("cidrhost", &["10.0.0.0/30".into(), n(-5)]).unwrap_err(),
        "Call to function \"cidrhost\" failed: prefix of 30 does not accommodate a host numbered -1."
    );
    assert_eq!(
        run("cidrhost", &["10.0.0.0/8".into(), num("18446744073709551616")]).unwrap_err(),
        "Call to function \"cidrhost\" failed: panic in function implementation: runtime error: index out of range [-1]."
    );
    assert_eq!(
        run("cidrhost", &["10.0.0.0/33".into(), n(1)]).unwrap_err(),
        "Call to function \"cidrhost\" failed: invalid CIDR expression: invalid CIDR address: 10.0.0.0/33."
    );
    assert_eq!(
        run("cidrhost", &["10.0.0.0/8".into(), num("1.5")]).unwrap_err(),
        "Call to function \"cidrhost\" failed: value must be a whole number."
    );
}

#[test]
fn cidrnetmask_is_ipv4_only() {
    assert_eq!(
        run("cidrnetmask", &["172.16.0.0/12".into()]).unwrap(),
        "255.240.0.0".into()
    );
    assert_eq!(
        run("cidrnetmask", &["10.0.0.0/0".into()]).unwrap(),
        "0.0.0.0".into()
    );
    assert_eq!(
        run("cidrnetmask", &["fd00::/64".into()]).unwrap_err(),
        "Call to function \"cidrnetmask\" failed: IPv6 addresses cannot have a netmask: fd00::/64."
    );
}

#[test]
fn cidrsubnet_follows_go_cidr() {
    assert_eq!(
        run("cidrsubnet", &["10.0.0.0/16".into(), n(8), n(2)]).unwrap(),
        "10.0.2.0/24".into()
    );
    assert_eq!(
        run("cidrsubnet", &["fd00::/56".into(), n(8), n(255)]).unwrap(),
        "fd00:0:0:ff::/64".into()
    );
    assert_eq!(
        run("cidrsubnet", &["10.0.0.0/8".into(), n(4), n(-1)]).unwrap(),
        "0.16.0.0/12".into()
    );
    assert_eq!(
        run("cidrsubnet", &["10.0.0.0/8".into(), n(-1), n(1)]).unwrap(),
        "10.0.0.0/7".into()
    );
    assert_eq!(
        run("cidrsubnet", &["10.0.0.0/8".into(), n(-9), n(0)]).unwrap(),
        "<nil>".into()
    );
    assert_eq!(
        run("cidrsubnet", &["10.0.0.0/16".into(), n(8), n(256)]).unwrap_err(),
        "Call to function \"cidrsubnet\" failed: prefix extension of 8 does not accommodate a subnet numbered 256."
    );
    assert_eq!(
        run("cidrsubnet", &["10.0.0.0/16".into(), n(17), n(1)]).unwrap_err(),
        "Call to function \"cidrsubnet\" failed: insufficient address space to extend prefix of 16 by 17."
    );
}

#[test]
fn cidrsubnets_allocates_consecutively() {
    let got = run("cidrsubnets", &["10.0.0.0/16".into(), n(4), n(8), n(4)]).unwrap();
    let want: Vec<Value> = ["10.0.0.0/20", "10.0.16.0/24", "10.0.32.0/20"]
        .iter()
        .map(|s| Value::from(*s))
        .collect();
    assert_eq!(got, Value::List(Type::String, want));
    assert_eq!(
        run("cidrsubnets", &["10.0.0.0/16".into()]).unwrap(),
        Value::List(Type::String, vec![])
    );
    assert_eq!(
        run("cidrsubnets", &["10.0.0.0/16".into(), n(1), n(1), n(1)]).unwrap_err(),
        "Invalid value for \"newbits\" parameter: not enough remaining address space for a subnet with a prefix of 17 bits after 10.0.128.0/17."
    );
    assert_eq!(
        run("cidrsubnets", &["10.0.0.0/16".into(), n(0)]).unwrap_err(),
        "Invalid value for \"newbits\" parameter: must extend prefix by at least one bit."
    );
    assert_eq!(
        run("cidrsubnets", &["10.0.0.0/16".into(), n(33)]).unwrap_err(),
        "Invalid value for \"newbits\" parameter: may not extend prefix by more than 32 bits."
    );
    assert_eq!(
        run("cidrsubnets", &["10.0.0.0/16".into(), n(17)]).unwrap_err(),
        "Invalid value for \"newbits\" parameter: would extend prefix to 33 bits, which is too long for an IPv4 address."
    );
    assert_eq!(
        run("cidrsubnets", &["bad".into(), n(1)]).unwrap_err(),
        "Invalid value for \"prefix\" parameter: invalid CIDR expression: invalid CIDR address: bad."
    );
}

#[test]
fn parses_like_go_1_16() {
    assert!(super::parse_cidr("1:2:3:4:5:6:7:8/64").is_ok());
    assert!(super::parse_cidr("::1.2.3.4/128").is_ok());
    assert!(super::parse_cidr("1::2::3/64").is_err());
    assert!(super::parse_cidr("fe80::1%eth0/64").is_err());
    assert!(super::parse_cidr("10.0.0.0/+8").is_err());
    assert_eq!(
        super::ip_string(&[0x20, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1]),
        "2001:0:0:1::1"
    );
    assert_eq!(
        super::ip_string(&[0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1]),
        "1::1:1:0:0:1"
    );
}
