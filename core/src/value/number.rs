// TEMPORARY PLACEHOLDER (f64-backed) until the cty-exact implementation lands.
use std::cmp::Ordering;
#[derive(Clone, Debug)]
pub struct Number(f64);
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberError(pub String);
impl Number {
    pub fn zero() -> Number { Number(0.0) }
    pub fn from_i64(v: i64) -> Number { Number(v as f64) }
    pub fn from_u64(v: u64) -> Number { Number(v as f64) }
    pub fn from_f64(v: f64) -> Option<Number> { if v.is_nan() { None } else { Some(Number(v)) } }
    pub fn parse(s: &str) -> Option<Number> { s.parse::<f64>().ok().and_then(Number::from_f64) }
    pub fn parse_literal(s: &str) -> Option<Number> { Number::parse(s) }
    pub fn to_text(&self, _max_len: usize) -> Option<String> { Some(if self.0.is_infinite() { if self.0 > 0.0 { "+Inf".into() } else { "-Inf".into() } } else { format!("{}", self.0) }) }
    pub fn add(&self, o: &Number) -> Result<Number, NumberError> { Ok(Number(self.0 + o.0)) }
    pub fn sub(&self, o: &Number) -> Result<Number, NumberError> { Ok(Number(self.0 - o.0)) }
    pub fn mul(&self, o: &Number) -> Result<Number, NumberError> { Ok(Number(self.0 * o.0)) }
    pub fn div(&self, o: &Number) -> Result<Number, NumberError> { Ok(Number(self.0 / o.0)) }
    pub fn rem(&self, o: &Number) -> Result<Number, NumberError> { Ok(Number(self.0 % o.0)) }
    pub fn neg(&self) -> Number { Number(-self.0) }
    pub fn abs(&self) -> Number { Number(self.0.abs()) }
    pub fn floor(&self) -> Number { Number(self.0.floor()) }
    pub fn ceil(&self) -> Number { Number(self.0.ceil()) }
    pub fn signum(&self) -> i32 { if self.0 > 0.0 { 1 } else if self.0 < 0.0 { -1 } else { 0 } }
    pub fn is_integer(&self) -> bool { self.0.is_finite() && self.0.fract() == 0.0 }
    pub fn is_infinite(&self) -> bool { self.0.is_infinite() }
    pub fn to_i64(&self) -> Option<i64> { if self.is_integer() && self.0.abs() < 9.0e18 { Some(self.0 as i64) } else { None } }
    pub fn to_f64(&self) -> f64 { self.0 }
    pub fn pow(&self, e: &Number) -> Result<Number, NumberError> { Ok(Number(self.0.powf(e.0))) }
    pub fn log(&self, b: &Number) -> Result<Number, NumberError> { Ok(Number(self.0.ln() / b.0.ln())) }
}
impl PartialEq for Number { fn eq(&self, o: &Number) -> bool { self.0 == o.0 } }
impl Eq for Number {}
impl PartialOrd for Number { fn partial_cmp(&self, o: &Number) -> Option<Ordering> { Some(self.cmp(o)) } }
impl Ord for Number { fn cmp(&self, o: &Number) -> Ordering { self.0.partial_cmp(&o.0).unwrap_or(Ordering::Equal) } }
impl std::hash::Hash for Number { fn hash<H: std::hash::Hasher>(&self, h: &mut H) { (self.0 + 0.0).to_bits().hash(h) } }
impl std::fmt::Display for Number { fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(&self.to_text(4096).unwrap_or_default()) } }
