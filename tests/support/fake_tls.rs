//! The fake Discord's REST over TLS as `discord.com`: one test certificate (rcgen) per test
//! process, a rustls listener on 127.0.0.1 that serves the fake's axum router, and the reqwest
//! client a bot is given so that `https://discord.com/api/v10` reaches the fake. With it serenity
//! runs as in production: the real base URL, its headers and its rate limiter.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};

use axum::Router;
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio_rustls::rustls;

/// The host name the certificate is for and the client resolves to the fake.
pub const HOST: &str = "discord.com";

/// The test certificate: its PEM (for the client), its DER and its private key (DER).
struct TestCert {
    pem: String,
    der: Vec<u8>,
    key: Vec<u8>,
}

/// The test certificate, made once per process.
fn certificate() -> &'static TestCert {
    static CERT: OnceLock<TestCert> = OnceLock::new();
    CERT.get_or_init(|| {
        let c =
            rcgen::generate_simple_self_signed(vec![HOST.to_string()]).expect("a test certificate");
        TestCert {
            pem: c.cert.pem(),
            der: c.cert.der().to_vec(),
            key: c.key_pair.serialize_der(),
        }
    })
}

/// Serves `app` over TLS on a loopback port; returns its address and the accept loop.
pub async fn serve(app: Router) -> (SocketAddr, JoinHandle<()>) {
    let cert = certificate();
    let certs = vec![rustls::pki_types::CertificateDer::from(cert.der.clone())];
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(cert.key.clone().into());
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("TLS versions")
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .expect("the test certificate fits its key");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind TLS");
    let addr = listener.local_addr().expect("TLS address");
    let task = tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            let app = app.clone();
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(tls), TowerToHyperService::new(app))
                    .await;
            });
        }
    });
    (addr, task)
}

/// A reqwest client for a bot: `discord.com` resolves to the fake's TLS port, the test certificate
/// is trusted, and no proxy from the environment applies.
pub fn client(addr: SocketAddr) -> reqwest::Client {
    let cert = reqwest::Certificate::from_pem(certificate().pem.as_bytes()).expect("a PEM");
    reqwest::Client::builder()
        .resolve(HOST, addr)
        .add_root_certificate(cert)
        .no_proxy()
        .build()
        .expect("a reqwest client")
}
