// Attachments of a record, as download links (served only to users who may see the record).
import { getTranslations } from "next-intl/server";
import type { AttachmentRow } from "@/lib/data/attachments";

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export async function AttachmentList({ files }: { files: readonly AttachmentRow[] }) {
  const t = await getTranslations("common");
  if (files.length === 0) return <p className="text-sm text-slate-500">{t("noAttachments")}</p>;
  return (
    <ul className="flex flex-wrap gap-2">
      {files.map((f) => (
        <li key={f.id}>
          <a href={`/api/attachments/${f.id}`} target="_blank" rel="noopener" className="inline-flex items-center gap-1 rounded border border-slate-200 px-2 py-1 text-sm text-brand-700 hover:bg-brand-50">
            <span aria-hidden="true">{f.mimeType === "application/pdf" ? "📄" : "🖼"}</span>
            {f.fileName}
            <span className="text-xs text-slate-500">({size(f.size)})</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
