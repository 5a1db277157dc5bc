//! Fetching a page safely: http(s) only; every address a host resolves to must be public
//! (loopback, private, link-local, shared, multicast and cloud-metadata addresses are refused
//! unless allowed); at most [`MAX_REDIRECTS`] redirects, each checked again; a size cap and one
//! total timeout. Blocking: call it off an async runtime.

use std::io::Read;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, ToSocketAddrs};
use std::time::Duration;

use super::ImportError;

/// Redirects followed before giving up (a loop ends here too).
pub const MAX_REDIRECTS: u32 = 5;

/// Limits of one fetch.
#[derive(Debug, Clone, Copy)]
pub struct FetchOptions {
    /// Largest page read, in bytes.
    pub max_bytes: u64,
    /// The whole fetch, redirects included.
    pub timeout: Duration,
    /// Allow loopback and private addresses (tests, an intranet).
    pub allow_private: bool,
}

/// A fetched page: where it ended up, its `Content-Type`, its bytes.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub url: String,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

/// Is this an address a server on the public internet has?
fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local() // 169.254/16, cloud metadata among them
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // shared address space
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || (first & 0xfe00) == 0xfc00 // unique local
        || (first & 0xffc0) == 0xfe80 // link-local
        || (first == 0x2001 && ip.segments()[1] == 0x0db8)) // documentation
}

/// Checks a URL before it is requested: scheme, and every address its host resolves to.
fn check_url(url: &url::Url, allow_private: bool) -> Result<(), ImportError> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(ImportError::Scheme(url.scheme().to_string()));
    }
    let host = url
        .host_str()
        .ok_or_else(|| ImportError::BadUrl(url.to_string()))?;
    let port = url.port_or_known_default().unwrap_or(80);
    let addrs: Vec<IpAddr> = (host.trim_matches(['[', ']']), port)
        .to_socket_addrs()
        .map_err(|e| ImportError::Resolve(host.to_string(), e.to_string()))?
        .map(|a| a.ip())
        .collect();
    if addrs.is_empty() {
        return Err(ImportError::Resolve(host.to_string(), "no address".into()));
    }
    if !allow_private {
        if let Some(ip) = addrs.iter().find(|ip| !is_public(**ip)) {
            return Err(ImportError::PrivateAddress(
                host.to_string(),
                ip.to_string(),
            ));
        }
    }
    Ok(())
}

/// Fetches an HTML page at `url`, following redirects by hand so each hop is checked.
pub fn fetch(url: &str, opts: &FetchOptions) -> Result<Fetched, ImportError> {
    fetch_checked(url, opts, true)
}

/// [`fetch`] of any content type (an uploaded `.md` or `.txt` file).
pub fn fetch_any(url: &str, opts: &FetchOptions) -> Result<Fetched, ImportError> {
    fetch_checked(url, opts, false)
}

fn fetch_checked(url: &str, opts: &FetchOptions, html_only: bool) -> Result<Fetched, ImportError> {
    let mut current = url::Url::parse(url).map_err(|_| ImportError::BadUrl(url.to_string()))?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(opts.timeout))
        .max_redirects(0)
        .max_redirects_will_error(false)
        .http_status_as_error(false)
        .proxy(None)
        .build()
        .into();
    for _ in 0..=MAX_REDIRECTS {
        check_url(&current, opts.allow_private)?;
        let mut resp = agent.get(current.as_str()).call().map_err(|e| match e {
            ureq::Error::Timeout(_) => ImportError::Timeout(opts.timeout.as_secs()),
            other => ImportError::Http(other.to_string()),
        })?;
        let status = resp.status();
        if status.is_redirection() {
            let location = resp
                .headers()
                .get("location")
                .and_then(|l| l.to_str().ok())
                .ok_or_else(|| ImportError::Http(format!("{status} without a Location")))?;
            current = current
                .join(location)
                .map_err(|_| ImportError::BadUrl(location.to_string()))?;
            continue;
        }
        if !status.is_success() {
            return Err(ImportError::Status(status.as_u16(), current.to_string()));
        }
        let content_type = resp
            .headers()
            .get("content-type")
            .and_then(|c| c.to_str().ok())
            .map(str::to_string);
        let html = content_type.as_deref().is_some_and(|c| {
            let c = c.to_ascii_lowercase();
            c.starts_with("text/html") || c.starts_with("application/xhtml+xml")
        });
        if html_only && !html {
            return Err(ImportError::NotHtml(
                content_type.unwrap_or_else(|| "no Content-Type".into()),
            ));
        }
        let mut bytes = Vec::new();
        resp.body_mut()
            .as_reader()
            .take(opts.max_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::TimedOut => ImportError::Timeout(opts.timeout.as_secs()),
                _ => ImportError::Http(e.to_string()),
            })?;
        if bytes.len() as u64 > opts.max_bytes {
            return Err(ImportError::TooBig(opts.max_bytes));
        }
        return Ok(Fetched {
            url: current.to_string(),
            content_type,
            bytes,
        });
    }
    Err(ImportError::TooManyRedirects(MAX_REDIRECTS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_pass() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(!is_public(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["93.184.216.34", "2606:4700::1111"] {
            assert!(is_public(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn other_schemes_and_private_hosts_are_refused_before_any_request() {
        let opts = FetchOptions {
            max_bytes: 1000,
            timeout: Duration::from_secs(1),
            allow_private: false,
        };
        assert!(matches!(
            fetch("file:///etc/passwd", &opts),
            Err(ImportError::Scheme(_))
        ));
        assert!(matches!(
            fetch("http://127.0.0.1:9/x", &opts),
            Err(ImportError::PrivateAddress(..))
        ));
        assert!(matches!(
            fetch("not a url", &opts),
            Err(ImportError::BadUrl(_))
        ));
    }
}
