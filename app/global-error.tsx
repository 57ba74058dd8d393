"use client";
// Last resort when even the root layout fails: no translations are available here, so the
// message is given in both languages.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif', padding: "3rem", textAlign: "center" }}>
        <h1>系统出现异常 / Something went wrong</h1>
        <p>请稍后重试；如问题持续，请将下方编号告知系统管理员。</p>
        <p>Please try again; if it persists, give the reference below to your administrator.</p>
        {error.digest ? <p style={{ fontFamily: "monospace" }}>{error.digest}</p> : null}
        <button type="button" onClick={() => reset()}>重试 / Retry</button>
      </body>
    </html>
  );
}
