import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { organisationOptions } from "@/lib/data/organisations";
import { ORG_KINDS } from "@/lib/domain/organisation";
import { intParam } from "@/lib/search-params";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { CreateUserForm } from "@/components/admin/lazy";
import { createUserAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("user.new") };
}

export default async function NewUserPage({ searchParams }: PageProps<"/admin/users/new">) {
  const actor = await requireActor();
  const params = await searchParams;
  const t = await getTranslations("admin");
  const orgs = await organisationOptions(actor, ORG_KINDS);
  return (
    <>
      <PageHeader title={t("user.new")} description={t("user.newHelp")} />
      <Card>
        <ClientMessages namespaces={["admin", "org", "account"]}>
          <CreateUserForm orgs={orgs} initialOrgId={intParam(params, "org")} action={createUserAction} />
        </ClientMessages>
      </Card>
    </>
  );
}
