// Routing against the live duty matrix: the responsible party for a category in an area, and
// the categories a description's words suggest — a classifier learnt from the city's closed
// complaints and the matrix's words (pure rules in lib/domain/routing.ts and classifier.ts).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { classify, contentWords, trainClassifier, type ClassifierModel } from "@/lib/domain/classifier";
import { responsibleParty, type AreaLinks, type DirectoryOrg, type DutyLine, type Proposal } from "@/lib/domain/routing";
import { scoped, type Actor } from "@/lib/scope";
import { directory } from "@/lib/data/directory";
import { dataVersion } from "@/lib/data/shared-cache";

export type DutyInfo = DutyLine & { nameEn: string; active: boolean };

/** Every line of the duty matrix (inactive ones too: old records name them). Tens of rows, from the directory. */
export async function dutyLines(): Promise<DutyInfo[]> {
  return [...(await directory()).duties];
}

export async function dutyNameMap(): Promise<ReadonlyMap<number, DutyInfo>> {
  return (await directory()).dutyById;
}

const areaLinkSelect = { id: true, name: true, districtId: true, streetId: true, communityId: true, propertyCompanyId: true, policeStationId: true, ownersCommitteeId: true } as const;
export type AreaForRouting = AreaLinks & { name: string };

/** An active area in the actor's scope, with the organisations routing resolves through. */
export async function areaForRouting(actor: Actor, areaId: number, field = "areaId"): Promise<AreaForRouting> {
  const area = await db.residentialArea.findFirst({ where: scoped(actor, "residentialArea", { id: areaId, active: true }), select: areaLinkSelect });
  if (!area) throw new AppError("validation", { fieldErrors: { [field]: ["required"] } });
  return area;
}

/** The organisations routing may name for an area: the city's departments and utilities, the bureau, the district's property office. */
async function directoryFor(area: AreaLinks): Promise<DirectoryOrg[]> {
  return db.organisation.findMany({
    where: {
      active: true,
      OR: [
        { kind: { in: ["HOUSING_BUREAU", "CITY_DEPARTMENT", "UTILITY"] } },
        { kind: "DISTRICT_PROPERTY_OFFICE", districtId: area.districtId },
      ],
    },
    select: { id: true, kind: true, sector: true, districtId: true },
  });
}

export type ProposalView = Proposal & { orgName: string | null; orgKind: string | null };

/** The responsible party for a duty line in an area, with the organisation's name. */
export async function proposalFor(duty: DutyLine, area: AreaLinks): Promise<ProposalView> {
  const proposal = responsibleParty(duty, area, await directoryFor(area));
  const org = proposal.orgId === null ? null : await db.organisation.findFirst({ where: { id: proposal.orgId, active: true }, select: { name: true, kind: true } });
  if (proposal.orgId !== null && !org) return { ...proposal, orgId: null, missing: "noOrganisation", orgName: null, orgKind: null };
  return { ...proposal, orgName: org?.name ?? null, orgKind: org?.kind ?? null };
}

export type SuggestionView = { categoryId: number; code: string; name: string; nameEn: string; terms: string[]; confidence: number };

// The segmenter's dictionary takes tens of megabytes: loaded on first use, once per process.
const segmenter = globalThis as unknown as { liandongJieba?: Jieba };
const tokenize = (text: string) => (segmenter.liandongJieba ??= Jieba.withDict(dict)).cut(text, true);

/** The most recent closed complaints the classifier learns from (bounded at city scale). */
const TRAINING_LIMIT = 20_000;
/** A trained model serves this long; then the next suggestion retrains it in the background. */
const MODEL_TTL_MS = 6 * 3_600_000;
/** Process-wide (globalThis): each route's server bundle may evaluate this module on its own (and
 * one model is enough memory). `version`: the "directory" counter the model was trained at. */
const routing = ((globalThis as unknown as { liandongRouting?: { cached: { at: number; version: number; model: ClassifierModel } | null; training: Promise<ClassifierModel> | null } }).liandongRouting ??= { cached: null, training: null });

/**
 * Learns from the city's own closed complaints (the category they were finally handled under)
 * and the duty matrix's words (docs/decisions/064). Tens of milliseconds for 20,000 complaints.
 */
export async function trainRoutingModel(): Promise<ClassifierModel> {
  const [lines, keywords, closed] = await Promise.all([
    dutyLines(),
    db.routingKeyword.findMany({ where: { category: { active: true } }, select: { categoryId: true, term: true, weight: true } }),
    db.complaint.findMany({ where: { status: "CLOSED" }, select: { categoryId: true, description: true }, orderBy: { id: "desc" }, take: TRAINING_LIMIT }),
  ]);
  const active = lines.filter((l) => l.active).map((l) => l.id);
  return trainClassifier(closed.map((c) => ({ categoryId: c.categoryId, words: contentWords(tokenize(c.description)) })), keywords, tokenize, active);
}

/**
 * The current model: trained on first use, refreshed after MODEL_TTL_MS (the stale one serves
 * meanwhile), and retrained before use once the duty matrix or its words changed — through this
 * server or another one on the database: triggers bump the "directory" counter in the same
 * transaction as the edit (docs/decisions/045, 085).
 */
async function routingModel(): Promise<ClassifierModel> {
  const version = await dataVersion("directory");
  if (routing.cached && routing.cached.version !== version) routing.cached = null;
  const fresh = routing.cached && Date.now() - routing.cached.at < MODEL_TTL_MS;
  if (!fresh && !routing.training) {
    routing.training = trainRoutingModel()
      .then((m) => { routing.cached = { at: Date.now(), version, model: m }; return m; })
      .finally(() => { routing.training = null; });
  }
  if (routing.cached) return routing.cached.model;
  return routing.training!;
}

/** The three likeliest categories of a description, with how sure the classifier is and the
 * words that favour each (active lines only). */
export async function suggestionsFor(description: string): Promise<SuggestionView[]> {
  const [lines, model] = await Promise.all([dutyLines(), routingModel()]);
  const byId = new Map(lines.map((l) => [l.id, l]));
  return classify(model, description, tokenize).flatMap((s) => {
    const line = byId.get(s.categoryId);
    return line ? [{ categoryId: s.categoryId, code: line.code, name: line.name, nameEn: line.nameEn, terms: s.words, confidence: s.confidence }] : [];
  });
}

export type RoutingPreview = { suggestions: SuggestionView[]; proposal: ProposalView | null };

/** What a registration or referral form shows while the clerk types: suggestions and the proposal. */
export async function previewRouting(actor: Actor, input: { areaId: number | null; categoryId: number | null; description: string }): Promise<RoutingPreview> {
  const suggestions = input.description.trim() ? await suggestionsFor(input.description) : [];
  const categoryId = input.categoryId ?? suggestions[0]?.categoryId ?? null;
  if (input.areaId === null || categoryId === null) return { suggestions, proposal: null };
  const [area, duty] = await Promise.all([
    db.residentialArea.findFirst({ where: scoped(actor, "residentialArea", { id: input.areaId, active: true }), select: areaLinkSelect }),
    db.dutyCategory.findFirst({ where: { id: categoryId, active: true } }),
  ]);
  if (!area || !duty) return { suggestions, proposal: null };
  return { suggestions, proposal: await proposalFor(duty, area) };
}
