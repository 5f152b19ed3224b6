// Version 1 of the classification standards, written from the 2022 notice on governing cyberviolence
// (seed/cac-2022-cyberviolence-notice.txt). Indicators are one per line. Each category spells out
// what stays up: public-opinion oversight and well-meaning criticism, and where the line runs.

export type CategoryText = {
  definitionEn: string; definitionZh: string;
  indicatorsEn: string; indicatorsZh: string;
  notCyberviolenceEn: string; notCyberviolenceZh: string;
  defaultAction: 'fold' | 'remove' | 'warn' | 'escalate';
};

export const standardsText: Record<string, CategoryText> = {
  insult: {
    definitionEn: 'Abusive, degrading or vulgar language aimed at an identifiable person, meant to humiliate them rather than to say anything about what they did.',
    definitionZh: '针对可识别的个人使用辱骂、贬低或粗俗的语言，目的在于羞辱对方，而不是评价其言行。',
    indicatorsEn: 'Slurs, swear words or animal comparisons directed at a named or tagged person\nRepeated abuse of the same person across posts or comments\nInsults about appearance, body, family or private life unrelated to any public conduct\nThe same abusive phrase posted by many accounts under one person\'s content',
    indicatorsZh: '对点名或@的个人使用脏话、蔑称或动物比喻\n在多条帖子或评论中反复辱骂同一个人\n攻击外貌、身体、家人或与公开行为无关的私生活\n多个账号在同一人的内容下发布相同的辱骂语句',
    notCyberviolenceEn: 'Criticism of what someone did or said, even sharply worded, is not an insult: "this official\'s handling of the flood was negligent and he should resign" stays up. Strong language about conduct, policy, products or public statements is oversight. The line is crossed when the words attack the person instead of the conduct (names, slurs, degrading the body or family), or when the abuse no longer refers to anything the person did.',
    notCyberviolenceZh: '批评他人的言行，即使措辞尖锐，也不属于侮辱：“这位官员处置洪灾失职，应当辞职”应予保留。针对行为、政策、产品或公开言论的激烈表达属于舆论监督。当言辞从评价行为转为攻击人身（起外号、使用蔑称、贬损身体或家人），或辱骂已与其任何行为无关时，即越过界线。',
    defaultAction: 'fold',
  },
  derision: {
    definitionEn: 'Mocking, ridiculing or belittling a person so that others join in laughing at them: memes, nicknames, edited images or parodies that target who they are.',
    definitionZh: '嘲笑、讥讽或贬低他人，引导他人一同取笑：针对其本人的表情包、绰号、修改图片或恶搞。',
    indicatorsEn: 'Edited photos or memes of a private person shared to ridicule them\nMocking nicknames that spread through replies\nMocking disability, illness, accent, poverty or appearance\nLaughing reactions organised under a victim\'s post, "everyone come and look at this"',
    indicatorsZh: '将普通人的照片修改或做成表情包用于嘲笑\n在回复中传播的侮辱性绰号\n嘲笑残疾、疾病、口音、贫困或外貌\n在受害人帖子下组织围观嘲笑，“大家快来看”',
    notCyberviolenceEn: 'Satire and humour about public figures\' public conduct, institutions, policies or brands is legitimate, as is a joke that does not single anyone out. The line is crossed when the target is a private person, or when the mockery is about who someone is (body, illness, identity) rather than what they did in public.',
    notCyberviolenceZh: '针对公众人物的公开行为、机构、政策或品牌的讽刺与幽默是正当的，不针对特定个人的玩笑亦然。当对象是普通个人，或嘲笑针对其本身（身体、疾病、身份）而非其公开行为时，即越过界线。',
    defaultAction: 'fold',
  },
  rumour: {
    definitionEn: 'Fabricating or knowingly spreading false claims of fact about a person or event, including made-up stories, doctored screenshots and out-of-context clips presented as proof.',
    definitionZh: '捏造或明知虚假仍传播有关个人或事件的不实事实，包括编造的故事、伪造的截图以及断章取义作为“证据”的片段。',
    indicatorsEn: 'Claims of fact with no source, contradicted by official or first-hand information\nScreenshots with signs of editing, or a clip cut so that it reverses its meaning\n"Insider" stories about a person\'s private life that spread after an incident\nThe same false claim copied word for word by many accounts',
    indicatorsZh: '无来源且与官方或一手信息相矛盾的事实陈述\n有编辑痕迹的截图，或被剪辑得意思相反的视频片段\n事件发生后传播的有关当事人私生活的“内幕”\n多个账号逐字复制同一条不实信息',
    notCyberviolenceEn: 'Asking questions, reporting what one saw, and raising reasonable suspicion of wrongdoing ("why was this contract awarded without a tender?") are oversight, even if the suspicion later proves wrong. Opinions are not rumours. The line is crossed when something is stated as fact while it is invented or known to be false, or when a correction is available and the claim keeps being pushed.',
    notCyberviolenceZh: '提出疑问、陈述亲眼所见、对不当行为提出合理怀疑（“这份合同为何未经招标？”）属于舆论监督，即使事后证明怀疑有误。观点不是谣言。当把编造或明知虚假的内容作为事实陈述，或在已有澄清的情况下仍继续推送时，即越过界线。',
    defaultAction: 'remove',
  },
  defamation: {
    definitionEn: 'False statements of fact that damage a specific person\'s reputation: accusing them of crimes, misconduct or immoral acts they did not commit.',
    definitionZh: '捏造事实损害特定个人名誉：指控其实施了并未实施的犯罪、不当行为或不道德行为。',
    indicatorsEn: 'Accusations of crime or misconduct against a named person with no evidence\nFabricated "victim" accounts about someone\nCalls to boycott or fire a person based on an invented accusation\nThe person or their employer is tagged so the accusation reaches them',
    indicatorsZh: '无证据地指控特定个人犯罪或有不当行为\n捏造的“受害者自述”\n基于编造的指控呼吁抵制或开除某人\n@当事人或其单位，使指控传到对方身边',
    notCyberviolenceEn: 'True accounts of what someone did, complaints about a business, reviews, and reports of misconduct by officials with evidence or good-faith grounds are oversight and stay up. A first-hand account by someone who says they were harmed is not defamation because the accused denies it. The line is crossed when the facts are invented or knowingly distorted, or when the accusation is aimed at a private person with no basis at all.',
    notCyberviolenceZh: '如实陈述他人所为、对商家的投诉、消费评价，以及有证据或出于善意理由对公职人员不当行为的举报，属于舆论监督，应予保留。自称受害者的亲历陈述不会因被指控方否认而成为诽谤。当事实系编造或故意歪曲，或毫无依据地指控普通个人时，即越过界线。',
    defaultAction: 'remove',
  },
  privacy_invasion: {
    definitionEn: 'Exposing a person\'s private information without consent (doxxing): real name tied to an account, phone number, home or work address, ID number, family members, photos, chat logs or medical details.',
    definitionZh: '未经同意公开他人个人信息（“人肉搜索”）：与账号关联的真实姓名、电话、住址或工作单位、身份证号、家庭成员、照片、聊天记录或健康信息。',
    indicatorsEn: 'Phone numbers, addresses, ID numbers or licence plates in the content\nAn account linked to a real name, school or employer by someone else\n"Who knows where she lives?" calls for information about a person\nPrivate chats, photos or medical records published without consent\nInformation about a minor that identifies them',
    indicatorsZh: '内容中出现电话、住址、身份证号或车牌号\n他人将某账号与真实姓名、学校或单位关联起来\n“谁知道她住哪？”之类征集他人信息的号召\n未经同意公开私人聊天、照片或病历\n可识别未成年人身份的信息',
    notCyberviolenceEn: 'Naming an official or a company in connection with their public duties, and information the person has made public themselves for that purpose (an official title, a shop\'s address), is not doxxing. The line is crossed by anything that lets strangers find, contact or identify a private person, or an official\'s family and home, whatever the stated reason.',
    notCyberviolenceZh: '在公务相关语境中点名公职人员或企业，以及当事人为此目的自行公开的信息（职务、店铺地址），不属于人肉搜索。凡能让陌生人找到、联系或识别普通个人，或公职人员的家人与住所的信息，无论理由为何，均越过界线。',
    defaultAction: 'remove',
  },
  incitement: {
    definitionEn: 'Organising or urging others to attack a person together (brigading): calls to flood their comments or messages, mass-report them, or harass them off- and online.',
    definitionZh: '组织或煽动他人共同攻击某人（网暴围攻）：号召刷屏评论或私信、恶意批量举报，或在线上线下骚扰。',
    indicatorsEn: '"Everyone go to her page", "let\'s make him delete his account"\nLinks to a person\'s account posted with a call to act\nCoordinated identical comments or reports within minutes\nAccounts that exist only to relay such calls, including anonymous "submission" accounts',
    indicatorsZh: '“大家去她主页”“让他销号”\n附上某人账号链接并号召行动\n几分钟内出现大量相同评论或举报\n专门转发此类号召的账号，包括匿名“投稿”账号',
    notCyberviolenceEn: 'Calling on people to sign a petition, file a complaint with the authorities, boycott a company, or share a report of wrongdoing is legitimate. The line is crossed when the call is to go at a person (their comments, messages, family, workplace) rather than through channels that can hold them to account.',
    notCyberviolenceZh: '号召他人联名请愿、向主管部门投诉、抵制某企业或转发不当行为的报道是正当的。当号召的是冲着某个人去（其评论区、私信、家人、单位），而不是通过能追究其责任的渠道时，即越过界线。',
    defaultAction: 'remove',
  },
  threat: {
    definitionEn: 'Threatening violence, harm or exposure against a person or their family, explicitly or by unmistakable implication.',
    definitionZh: '明示或以不容误解的暗示，威胁对他人或其家人施以暴力、伤害或曝光。',
    indicatorsEn: 'Statements of intent to hurt, kill or find someone\n"I know where you live" or photos of the person\'s home or school\nThreats to publish private images or information unless the person complies\nThreats against family members, especially children',
    indicatorsZh: '表示要伤害、杀害或找到某人\n“我知道你住哪”，或发布其住所、学校照片\n以公开私密图片或信息相要挟\n针对家人尤其是儿童的威胁',
    notCyberviolenceEn: 'Saying one will complain, sue, report to the authorities or stop buying is not a threat; nor is an obvious figure of speech with no target. The line is crossed when harm to a person or their family is announced or implied, whether or not the writer could carry it out. Treat credible threats as urgent and escalate.',
    notCyberviolenceZh: '表示要投诉、起诉、向主管部门举报或不再购买不属于威胁；没有具体对象的明显修辞亦然。当宣称或暗示要伤害某人或其家人时，无论发言者能否做到，均越过界线。可信的威胁应紧急处理并上报。',
    defaultAction: 'escalate',
  },
  self_harm: {
    definitionEn: 'Encouraging, inducing or taunting a person to harm themselves or take their own life, or content that glorifies or instructs self-harm aimed at someone vulnerable.',
    definitionZh: '鼓励、诱导或刺激他人自伤、自杀，或面向易受伤害者美化、教唆自伤的内容。',
    indicatorsEn: '"Why don\'t you just die", "go jump" aimed at a person\nA pile-on under a post in which the person says they want to die\nMethods or challenges for self-harm shared with a specific person or a minor\nLivestream comments urging a streamer to hurt themselves',
    indicatorsZh: '对某人说“你怎么不去死”“去跳啊”\n在当事人表达轻生念头的帖子下围攻\n向特定个人或未成年人分享自伤方法或“挑战”\n直播中怂恿主播自伤的弹幕',
    notCyberviolenceEn: 'Talking about one\'s own struggles, asking for help, discussing suicide prevention, or reporting on a death responsibly stays up, and the person may need support rather than removal. The line is crossed when anyone pushes another person towards harming themselves. Content from a person at risk goes to the top and is escalated for outreach.',
    notCyberviolenceZh: '讲述自身困境、寻求帮助、讨论自杀预防或负责任地报道死亡事件应予保留，当事人可能需要的是帮助而非删除。当任何人把他人推向自伤时，即越过界线。处于危险中的人发布的内容置顶处理，并上报以便干预。',
    defaultAction: 'remove',
  },
  discrimination: {
    definitionEn: 'Attacking or demeaning a person for their ethnicity, region of origin, gender, religion, disability, illness, sexual orientation, age or occupation.',
    definitionZh: '因民族、地域、性别、宗教、残疾、疾病、性取向、年龄或职业攻击或贬低他人。',
    indicatorsEn: 'Slurs for a group used against a person\nClaims that a person is inferior or dangerous because of their group\nCalls to exclude someone from work, school or housing because of their group\nRegional or gender stereotypes used to pile on one person',
    indicatorsZh: '用针对某一群体的蔑称攻击个人\n声称某人因其群体身份低人一等或具有危险性\n因群体身份号召将某人排斥出工作、学校或住所\n用地域或性别刻板印象围攻某人',
    notCyberviolenceEn: 'Discussing policy on gender, migration or disability, criticising an institution\'s practices, or describing one\'s own experience of a group is debate. The line is crossed when a person is attacked or excluded because of the group they belong to.',
    notCyberviolenceZh: '讨论有关性别、流动人口或残障的政策，批评某机构的做法，或讲述自己与某群体交往的经历，属于正常讨论。当某人因其所属群体而被攻击或排斥时，即越过界线。',
    defaultAction: 'fold',
  },
};
