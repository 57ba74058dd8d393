import { expect, test } from "@playwright/test";
import { count, queryAll, queryOne, snapshot } from "./db";
import { signIn, signInAs } from "./fixtures";

test.describe("administration", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "admin");
  });

  test("admin creates an organisation and a user, who signs in, must change the password and sees the organisation", async ({ page, browser }) => {
    const streetId = queryOne<{ id: number }>(`SELECT id FROM Organisation WHERE name = '花园街道办事处'`)!.id;
    await page.goto(`/admin/organisations?parent=${streetId}`);
    await page.getByRole("link", { name: "新增社区居民委员会" }).click();
    await page.getByLabel("单位名称").fill("测试新建社区居民委员会");
    await page.getByLabel("联系电话").fill("0451-86661234");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("测试新建社区居民委员会");
    const org = queryOne<{ id: number; parentId: number; streetId: number; districtId: number }>(`SELECT id, parentId, streetId, districtId FROM Organisation WHERE name = '测试新建社区居民委员会'`)!;
    expect(org.parentId).toBe(streetId);
    expect(org.streetId).toBe(streetId);

    await page.getByRole("link", { name: /本单位用户/ }).click();
    await page.getByRole("link", { name: "新增用户" }).click();
    await page.getByLabel("用户名").fill("e2e.newcomer");
    await page.getByLabel("姓名").fill("新同志");
    await expect(page.getByLabel("所属单位")).toHaveValue(String(org.id));
    await page.getByLabel("初始密码").fill("Initial#Pass2026");
    await page.getByRole("button", { name: "创建用户" }).click();
    await expect(page.getByText("用户已创建")).toBeVisible();

    const newcomer = await signInAs(browser, "e2e.newcomer", "Initial#Pass2026");
    await expect(newcomer).toHaveURL(/\/account\/password/);
    await expect(newcomer.getByText("请先修改密码")).toBeVisible();
    await newcomer.goto("/areas");
    await expect(newcomer).toHaveURL(/\/account\/password/);
    await newcomer.getByLabel("当前密码").fill("Initial#Pass2026");
    await newcomer.getByRole("textbox", { name: "新密码", exact: true }).fill("Newcomer#Pass2026");
    await newcomer.getByLabel("确认新密码").fill("Newcomer#Pass2026");
    await newcomer.getByRole("button", { name: "修改密码" }).click();
    await expect(newcomer.getByText("密码已修改")).toBeVisible();
    await newcomer.goto("/");
    await expect(newcomer.getByRole("heading", { level: 1 })).toContainText("测试新建社区居民委员会");
    expect(count("AuditLog", "action = 'admin.user.create'")).toBeGreaterThan(0);
  });

  test("bad input on the organisation form shows messages beside the fields and writes nothing", async ({ page }) => {
    const before = snapshot("Organisation");
    await page.goto("/admin/organisations/new?kind=STREET_OFFICE");
    await page.getByLabel("联系电话").fill("12345");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByLabel("单位名称")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("此项必填").first()).toBeVisible();
    await expect(page.getByText("请填写正确的电话号码")).toBeVisible();
    await expect(page.getByText("请按提示修改标红的栏目")).toBeVisible();
    expect(snapshot("Organisation")).toBe(before);
  });

  test("a duplicate user name and a weak password are refused beside the fields", async ({ page }) => {
    // Other workers sign in and create their own users meanwhile, so compare the rows this form
    // could have touched, without the sign-in time.
    const touched = () => JSON.stringify(queryAll(`SELECT id, username, name, orgId, role, passwordHash, active, version FROM User WHERE username = 'street.clerk' OR name = '重复用户' ORDER BY id`));
    const before = touched();
    await page.goto("/admin/users/new");
    await page.getByLabel("用户名").fill("street.clerk");
    await page.getByLabel("姓名").fill("重复用户");
    await page.getByLabel("所属单位").selectOption({ label: "花园街道办事处" });
    await page.getByLabel("初始密码").fill("password");
    await page.getByRole("button", { name: "创建用户" }).click();
    await expect(page.getByLabel("初始密码")).toHaveAccessibleDescription(/密码至少 10 位/);
    await page.getByLabel("初始密码").fill("Strong#Pass2026");
    await page.getByRole("button", { name: "创建用户" }).click();
    await expect(page.getByLabel("用户名")).toHaveAccessibleDescription(/已存在相同的记录/);
    expect(touched()).toBe(before);
  });

  test("admin edits the duty matrix; everyone reads the change", async ({ page, browser }) => {
    const duty = queryOne<{ id: number }>(`SELECT id FROM DutyCategory WHERE code = 'UTILITY_CABLE_TV'`)!;
    await page.goto(`/admin/duties/${duty.id}`);
    await page.getByLabel("分派关键词").fill("有线电视、电视信号、机顶盒、数字电视、电视卡顿");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("已保存。")).toBeVisible();
    const clerk = await signInAs(browser, "street.clerk");
    await clerk.goto("/duties");
    await expect(clerk.getByRole("row", { name: /有线电视/ })).toContainText("电视卡顿");
    expect(count("RoutingKeyword", "categoryId = ? AND term = '电视卡顿'", duty.id)).toBe(1);
  });

  test("an empty policy text is refused and nothing changes", async ({ page }) => {
    const duty = queryOne<{ id: number }>(`SELECT id FROM DutyCategory WHERE code = 'HEALTH'`)!;
    const before = snapshot("DutyCategory", "RoutingKeyword");
    await page.goto(`/admin/duties/${duty.id}`);
    await page.getByLabel("政策原文").fill("");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByLabel("政策原文")).toHaveAttribute("aria-invalid", "true");
    expect(snapshot("DutyCategory", "RoutingKeyword")).toBe(before);
  });

  test("two administrators editing one duty: the second save is refused as a conflict", async ({ page, browser }) => {
    const duty = queryOne<{ id: number }>(`SELECT id FROM DutyCategory WHERE code = 'SELF_GOVERNANCE'`)!;
    const other = await signInAs(browser, "admin");
    await page.goto(`/admin/duties/${duty.id}`);
    await other.goto(`/admin/duties/${duty.id}`);
    await page.getByLabel("英文名称").fill("Residents' self-governance (first edit)");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("已保存。")).toBeVisible();
    await other.getByLabel("英文名称").fill("Second edit that must not win");
    await other.getByRole("button", { name: "保存" }).click();
    await expect(other.getByText("该记录已被他人修改")).toBeVisible();
    expect(queryOne<{ nameEn: string }>(`SELECT nameEn FROM DutyCategory WHERE id = ?`, duty.id)!.nameEn).toBe("Residents' self-governance (first edit)");
  });

  test("the audit log lists administrative changes and sign-ins, filterable", async ({ page }) => {
    await page.goto("/admin/audit?action=auth.signIn");
    await expect(page.getByRole("cell", { name: "登录", exact: true }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "赵系统" }).first()).toBeVisible();
  });
});
