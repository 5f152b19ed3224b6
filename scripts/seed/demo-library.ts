import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { libraryExamples, type Channel, type ExampleVerdict } from '@/db/schema';
import { detectLanguage } from '@/lib/library/language';
import { storeVariantGrams } from '@/lib/library/variant-grams';

type Example = { text: string; verdict: ExampleVerdict; category: string; channel: Channel; tags: string[]; rationale: string };
const v = (text: string, category: string, channel: Channel, tags: string[], rationale: string): Example => ({ text, verdict: 'violation', category, channel, tags, rationale });
const ok = (text: string, category: string, channel: Channel, tags: string[], rationale: string): Example => ({ text, verdict: 'not_violation', category, channel, tags, rationale });

// Written for the demo, mostly as hard pairs: the same heat aimed at conduct in public office or at a
// company (stays up) next to an attack on a private person (comes down).
const zh: Example[] = [
  ok('这位副局长上任三年，辖区的学校食堂问题一再被曝光，他却一次都没有公开回应，必须给公众一个交代。', 'defamation', 'post', ['官员', '舆论监督'], '针对公职人员的履职行为，有具体事实指向，要求回应属于正当的舆论监督。'),
  v('楼下那个穿红衣服的大妈就是个蠢货，长得丑还爱管闲事，大家见到她就骂。', 'insult', 'comment', ['私人', '号召'], '针对私人的人身攻击并号召他人辱骂，属于侮辱谩骂。'),
  ok('市卫健委发布的数据前后矛盾，我认为这是严重失职，相关负责人应当引咎辞职。', 'defamation', 'post', ['官员', '批评'], '对政府机构工作的尖锐批评，指向公开数据，不针对私人生活。'),
  v('那个卖煎饼的女孩子又肥又丑，配不上她男朋友，建议她去死。', 'self_harm', 'comment', ['私人', '外貌'], '对私人的外貌羞辱并诱导自杀，属于严重网络暴力。'),
  ok('这家公司的外卖包装多次被发现有异物，客服还推脱责任，真是黑心企业，我不会再买了。', 'defamation', 'comment', ['企业', '消费者'], '消费者基于亲身经历对企业的批评，言辞激烈但属于正当评价。'),
  v('外卖小哥王某就是小偷，偷了我家快递，他住在幸福小区3栋，大家去堵他。', 'privacy_invasion', 'post', ['人肉', '私人'], '未经证实指控私人犯罪并公开住址、号召线下围堵。'),
  ok('校长在疫情期间克扣学生伙食费的事已经被审计报告证实，这种人不配当校长。', 'insult', 'post', ['官员', '审计'], '依据公开审计结论批评公职人员，"不配"是评价而非侮辱。'),
  v('那个考研失败的女生天天发朋友圈装可怜，真是个废物，活着浪费空气。', 'insult', 'comment', ['私人', '嘲讽'], '对普通人的贬损和侮辱，无任何公共利益。'),
  ok('这个网红带货的保健品根本没有批准文号，是在欺骗老人，监管部门应该查一查。', 'rumour', 'post', ['公众人物', '监督'], '对公众人物商业行为的质疑，可核实，提出监管诉求。'),
  v('听说那个新来的女老师是靠陪睡上位的，大家转发让全校都知道。', 'rumour', 'post', ['造谣', '私人'], '无依据的性谣言并号召扩散。'),
  ok('县长说的"零投诉"根本不可信，我们村的路修了三年都没修好，投诉电话打了十几次。', 'rumour', 'comment', ['官员', '基层'], '以亲身经历质疑官员公开说法，属于舆论监督。'),
  v('这个小学生画的画太丑了，他爸妈也是一对智障，@所有人 去他家评论区刷屏。', 'incitement', 'comment', ['未成年人', '围攻'], '针对未成年人的嘲讽并组织刷屏，属于网暴围攻。'),
  ok('这部电影剧本烂透了，导演完全不懂历史，浪费了好演员。', 'derision', 'comment', ['作品评价'], '对作品的负面评价，不针对个人人格。'),
  v('这个女主播长得像猪，说话像狗叫，谁给她刷礼物谁就是傻子。', 'insult', 'bullet_comment', ['主播', '外貌'], '以动物比喻进行人格侮辱，超出对直播内容的评价。'),
  ok('某银行违规收取手续费，被银保监会罚款，银行高管必须对消费者道歉。', 'defamation', 'post', ['企业', '监管'], '依据公开处罚信息批评企业，属于正当监督。'),
  v('你家孩子有残疾就别带出来丢人，这种人就不该生孩子。', 'discrimination', 'comment', ['残障', '歧视'], '基于残障的歧视性言论，攻击私人家庭。'),
  ok('我觉得这位作家的新书观点有问题，对农村女性的描写很刻板，希望他能听听批评。', 'discrimination', 'comment', ['作品评价', '善意批评'], '善意批评，提出具体理由，语气克制。'),
  v('再敢发视频就等着，我知道你每天几点下班，小心点。', 'threat', 'private_message', ['威胁', '私信'], '暗示跟踪的威胁，令对方产生恐惧。'),
  ok('这位人大代表提的议案明显是为他自己的企业谋利益，代表资格应该被审查。', 'defamation', 'post', ['官员', '利益冲突'], '对公职人员利益冲突的质疑，属于公共讨论。'),
  v('她就是个小三，已经把她的电话和单位发群里了，大家去她单位闹。', 'privacy_invasion', 'group', ['人肉', '线下'], '公开私人信息并号召到单位闹事，属于人肉搜索和煽动。'),
  ok('物业公司收了钱不办事，电梯坏了一个月没人修，业主们应该一起去住建局投诉。', 'incitement', 'group', ['企业', '维权'], '号召通过合法渠道投诉，不是网暴围攻。'),
  v('看看这个残废的样子，笑死我了，大家来做表情包。', 'derision', 'post', ['嘲讽', '私人'], '对他人身体缺陷的嘲讽并号召二次传播。'),
  ok('交警执法视频里那位警察态度粗暴，应当调查，这是对执法规范的正当质疑。', 'insult', 'short_video', ['执法', '监督'], '对执法行为的质疑，针对职务行为而非私人。'),
  v('这种乡下来的穷鬼就不配在城里读书，滚回去种地。', 'discrimination', 'comment', ['地域', '歧视'], '基于出身的歧视和侮辱。'),
  ok('这家医院误诊导致病人延误治疗，院方至今没有道歉，太冷血了。', 'defamation', 'post', ['医院', '维权'], '患者家属对机构的批评，情绪化但有事实指向。'),
  v('你怎么还不去死？大家都讨厌你，你活着就是个笑话。', 'self_harm', 'private_message', ['诱导', '私信'], '直接诱导自杀的言论。'),
];

const en: Example[] = [
  ok('The mayor awarded the contract to his brother-in-law’s firm without a tender. He should resign and answer to the council.', 'defamation', 'post', ['official', 'oversight'], 'Harsh criticism of an official’s conduct in office, grounded in a public record.'),
  v('The guy at table 4 tonight is an ugly, stupid loser. Everyone go find his profile and let him know.', 'incitement', 'comment', ['private-person', 'pile-on'], 'Insults a private person and calls for a pile-on.'),
  ok('This airline cancelled 40% of flights and still refuses refunds. Shameful company, avoid them.', 'defamation', 'comment', ['company', 'consumer'], 'A customer’s harsh but legitimate review of a company.'),
  v('My neighbour Sarah is a lying whore, her address is on the post above, make her life hell.', 'privacy_invasion', 'post', ['doxxing', 'private-person'], 'Doxxing plus sexualised insult of a private person.'),
  ok('The minister’s housing plan is a disaster and his statistics are cooked. Vote him out.', 'rumour', 'post', ['official', 'politics'], 'Political criticism of a minister’s policy; opinion on public conduct.'),
  v('That girl from the viral clip is a fat pig, she should kill herself.', 'self_harm', 'comment', ['private-person', 'viral'], 'Body-shaming and inducing self-harm aimed at a private person.'),
  ok('The CEO lied to regulators about the recall; the leaked emails prove it. Board must fire him.', 'defamation', 'post', ['company', 'executive'], 'Accusation tied to documents, about an executive’s professional conduct.'),
  v('I heard the new teacher at Oak Street has a criminal record, share this so every parent knows.', 'rumour', 'post', ['rumour', 'private-person'], 'Unfounded accusation about a private person, with a call to spread it.'),
  ok('The police chief’s response to the protest was heavy-handed and his excuses are pathetic.', 'insult', 'post', ['official', 'policing'], '"Pathetic" describes official conduct; legitimate public criticism.'),
  v('You’re a worthless idiot and everyone at school hates you.', 'insult', 'private_message', ['minor', 'bullying'], 'Direct personal insult of a schoolmate.'),
  ok('This film is lazy, badly acted and insulting to the audience’s intelligence.', 'derision', 'comment', ['review'], 'Negative review of a work, not of a person.'),
  v('Look at this cripple trying to dance, lmao, make it a meme.', 'derision', 'short_video', ['disability', 'meme'], 'Mocking a disability and calling for memes.'),
  ok('The school board member skipped every meeting this year while drawing a stipend. Disgraceful.', 'defamation', 'comment', ['official', 'local'], 'Criticism of a public role holder’s attendance; verifiable.'),
  v('Immigrants like her are vermin and should be sent back.', 'discrimination', 'comment', ['discrimination', 'origin'], 'Dehumanising language based on origin.'),
  ok('I respectfully disagree with the author; her take on rural women relies on stereotypes.', 'discrimination', 'comment', ['review', 'well-meaning'], 'Well-meaning criticism with reasons, calm tone.'),
  v('I know where you park. Post that video again and see what happens.', 'threat', 'private_message', ['threat'], 'Veiled threat implying stalking.'),
  ok('The senator took money from the pharma lobby and then voted against price caps. Corrupt.', 'defamation', 'post', ['official', 'lobbying'], 'Opinion on an official’s votes and funding, both public.'),
  v('Here is the phone number of the nurse who complained. Flood her with calls.', 'privacy_invasion', 'group', ['doxxing', 'pile-on'], 'Publishing a private person’s contact details to brigade her.'),
  ok('Tenants, let’s all file complaints with the housing authority about this landlord’s mould.', 'incitement', 'group', ['company', 'collective-complaint'], 'Organising a lawful complaint is not brigading.'),
  v('Everyone report and spam this streamer until she quits, she’s a talentless slut.', 'incitement', 'bullet_comment', ['streamer', 'brigading'], 'Brigading combined with a sexualised insult.'),
  ok('The streamer promoted a crypto scam to teenagers. Platforms should ban such ads.', 'rumour', 'livestream', ['public-figure', 'consumer'], 'Criticism of a public figure’s commercial conduct.'),
  v('Your kid is ugly and retarded, no wonder your husband left.', 'insult', 'comment', ['private-person', 'minor'], 'Insults a child and parent; no public interest.'),
  ok('The hospital’s negligence killed my father and they still haven’t apologised. Heartless.', 'defamation', 'post', ['institution', 'grievance'], 'A grieving relative’s criticism of an institution.'),
  v('Why are you still alive? Nobody would miss you.', 'self_harm', 'private_message', ['self-harm'], 'Inducing self-harm.'),
  ok('The referee was biased and incompetent tonight; the league should review his decisions.', 'derision', 'comment', ['sport', 'official'], 'Criticism of a referee’s performance in his role.'),
  v('Fat cow referee, I found her Instagram, let’s go tell her what we think.', 'incitement', 'comment', ['sport', 'pile-on'], 'Moves from performance to body insult and a pile-on on a personal account.'),
  ok('The company’s spokesperson dodged every question at the press conference. Unacceptable.', 'derision', 'post', ['company', 'press'], 'Criticism of a spokesperson’s professional performance.'),
  v('Women who drive like that should have their licences burned, stupid bitch.', 'discrimination', 'comment', ['gender'], 'Gender-based slur and generalisation.'),
  ok('This charity spent 70% of donations on salaries according to its own report. Donors deserve better.', 'rumour', 'post', ['charity', 'oversight'], 'Criticism grounded in the organisation’s own published figures.'),
  v('That homeless guy in the video stinks, someone should set him on fire lol.', 'threat', 'comment', ['threat', 'private-person'], 'Joking incitement to violence against a vulnerable private person.'),
  ok('I think the principal handled the bullying complaint badly and parents should ask for a review.', 'incitement', 'post', ['school', 'well-meaning'], 'Calls for a review through proper channels.'),
  v('Spread this: the barista at Central Café puts spit in drinks. Don’t let her work anywhere.', 'rumour', 'post', ['rumour', 'private-person'], 'Unfounded rumour harming a private worker’s livelihood.'),
  ok('这个 CEO 的 layoff 决定 is heartless，员工没有任何补偿，公司应该给个说法。', 'defamation', 'post', ['company', '中英混合'], 'Mixed-language criticism of a company decision; legitimate.'),
  v('这个 loser 又在群里发自拍，ugly as hell，大家一起来嘲笑她。', 'derision', 'group', ['私人', '中英混合'], '中英混合的嘲讽并号召围攻私人。'),
];

/** The demo library: accepted examples in Chinese and English, spread over the last weeks. */
export async function seedDemoLibrary(db: Executor, now = new Date()) {
  const all = [...zh, ...en];
  await db.insert(libraryExamples).values(all.map((e, i) => ({
    text: e.text, verdict: e.verdict, categoryId: e.category, channel: e.channel, tags: e.tags, rationale: e.rationale,
    language: detectLanguage(e.text), status: 'accepted' as const, reviewedAt: now,
    createdAt: new Date(now.getTime() - (all.length - i) * 3_600_000), updatedAt: now,
  }))).returning({ id: libraryExamples.id, text: libraryExamples.text, tags: libraryExamples.tags }).then((rows) => storeVariantGrams(db, rows));
  const [{ n }] = (await db.execute(sql`select count(*)::int as n from library_examples where status = 'accepted'`) as unknown as { rows: { n: number }[] }).rows;
  return n;
}
