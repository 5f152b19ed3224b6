/**
 * Reported texts for the demo queue, in Chinese and English, one list per category. Placeholders:
 * {name} the person attacked, {addr} {phone} {school} {company} {official} {region}. Every
 * address, phone number and identity number is invented (Chinese numbers in the 1380013 test range,
 * English ones in the fictional 555-01xx range). `legitimate` is harsh criticism of officials and
 * companies that reporters flag but that stays up: public-opinion oversight, not cyberviolence.
 */
export type Lang = 'zh' | 'en';
export type Theme =
  | 'insult' | 'derision' | 'rumour' | 'defamation' | 'privacy_invasion' | 'incitement' | 'threat' | 'self_harm' | 'discrimination' | 'legitimate';

export const texts: Record<Theme, Record<Lang, string[]>> = {
  insult: {
    zh: [
      '{name}你就是个废物，活着浪费空气，赶紧滚出这个平台',
      '看看{name}这张脸，丑成这样还好意思发自拍？恶心死了',
      '{name}脑子被驴踢了吧，说的什么狗屁话，蠢货一个',
      '就你{name}也配当主播？垃圾，一天天的丢人现眼',
      '{name}这种贱人也配有粉丝？粉丝跟她一样都是脑残',
    ],
    en: [
      '{name} you are a pathetic waste of space, nobody wants you here',
      'lmao {name} is so ugly and stupid, delete your account you absolute clown',
      '{name} is a brain-dead idiot, every word out of your mouth is garbage',
      'shut up {name}, you worthless loser. go cry somewhere else',
    ],
  },
  derision: {
    zh: [
      '哈哈哈哈{name}又在装可怜了，演技比流量明星还差，笑死',
      '{name}这成绩还考研？建议直接回家种地，别出来丢人了 [捂脸][捂脸]',
      '大家快来看{name}的“励志”视频，越看越好笑，这就是传说中的普信吧',
      '{name}穿成这样出门，是来搞笑的吗？截图保存当表情包了',
    ],
    en: [
      'imagine being {name} and thinking anyone cares about your "art" 😂😂',
      '{name} tried to sing again, somebody make it stop, this is comedy gold',
      'saving {name}\'s crying video as a reaction gif, thanks for the content lol',
    ],
  },
  rumour: {
    zh: [
      '听说{name}在{school}考试作弊被抓，还被学校开除了，大家转起来让更多人知道',
      '内部消息：{name}其实是被包养的，那些名牌包都是金主买的，懂的都懂',
      '{name}的孩子就是她自己弄丢的，根本不是拐卖，她在演戏骗捐款！',
      '刚得到消息，{name}在{company}出了医疗事故还瞒报，已经有人去世了，速转',
    ],
    en: [
      'BREAKING: {name} was arrested last night for drunk driving and the family is covering it up. Share before it gets deleted!',
      'I heard from a friend at {school} that {name} has a contagious disease and is hiding it from everyone',
      '{name} faked the whole fundraiser, the "sick mother" does not exist. Spread the word.',
    ],
  },
  defamation: {
    zh: [
      '{name}在{company}上班时挪用公款，被我们全组人亲眼看到，这种人就是小偷',
      '{name}是个骗子医生，治死过人还在到处坐诊，千万别找他看病',
      '{name}这个老师猥亵学生，学校还在包庇，家长们都要小心',
    ],
    en: [
      '{name} stole client money at {company}, she is a fraud and a thief, I have seen it myself',
      'Dr {name} is a quack who killed a patient and bribed his way out of it',
      '{name} is a known predator, everyone at {school} knows it, keep your kids away',
    ],
  },
  privacy_invasion: {
    zh: [
      '人肉到了：{name}，住址{addr}，手机{phone}，在{school}读书，大家知道该怎么做了',
      '这就是那个女的，真名{name}，身份证号 4401**********1234，家住{addr}，男朋友的账号也扒出来了',
      '{name}老公的单位是{company}，电话{phone}，去他单位闹，看他还敢不敢护着',
      '扒出来了，{name}每天早上七点从{addr}出门，骑电动车去{school}，照片在评论区',
    ],
    en: [
      'Found her: {name}, lives at {addr}, cell {phone}. Her kid goes to {school}. You know what to do.',
      "here is {name}'s home address {addr} and her shift times at {company}, pull up",
      "{name}'s parents' number is {phone}, call them and tell them what their son did",
    ],
  },
  incitement: {
    zh: [
      '兄弟们冲！去{name}的评论区刷屏，一人一句，让她删号为止',
      '私信轰炸{name}，每个人至少发十条，不道歉就别停',
      '建了个群专门对付{name}，进群领取举报模板和骂人话术',
      '所有人都去{company}官号下面留言，让他们开除{name}，不开除就一直刷',
    ],
    en: [
      "Everyone go to {name}'s latest post and flood it. Don't stop until she deletes her account.",
      'Mass-report {name} and DM her nonstop, we can get this trending by tonight',
      'Raid at 9pm: {name}\'s livestream. Bring alts, spam the chat, make her cry on stream',
    ],
  },
  threat: {
    zh: [
      '{name}你给我等着，我知道你家在哪，下班路上小心点',
      '再发视频就找人打断你的腿，{name}你试试看',
      '{name}，周一放学我们在{school}门口等你，别想跑',
    ],
    en: [
      '{name} I know where you live. Keep posting and see what happens to you.',
      "watch your back {name}, we'll be waiting outside {school} on Monday",
      'one more video {name} and I will find you. that is a promise',
    ],
  },
  self_harm: {
    zh: [
      '{name}你这种人活着有什么意思，不如早点去死，大家都清净',
      '{name}楼顶在等你，跳下去就没人骂你了',
      '像你这样的就该割腕，别浪费社会资源了，{name}听懂了吗',
      '{name}你都被骂成这样了还不去死？换我早就不活了',
    ],
    en: [
      '{name} just kill yourself already, the world would be better without you',
      'nobody would miss you {name}. do everyone a favor and end it tonight',
      '{name} if you really felt that bad you would have done it by now. prove it',
    ],
  },
  discrimination: {
    zh: [
      '{region}人都是骗子，{name}就是典型，这种地方的人就不该让他们进城',
      '女司机就是马路杀手，{name}这种就该吊销驾照，女人别开车',
      '{name}一个残疾人还出来直播博同情，恶心',
    ],
    en: [
      'typical behaviour from people like {name}, they should not be allowed in our neighbourhood',
      '{name} is disabled and still wants attention? go back to your care home',
      'of course {name} failed, women like her should not be engineers',
    ],
  },
  legitimate: {
    zh: [
      '{official}在这次洪灾中的应急响应严重滞后，救援物资三天后才到，应当公开调查并追责',
      '{company}的外卖骑手算法压榨劳动者，超时罚款不合理，希望监管部门介入',
      '作为消费者我要实名批评{company}：产品质量差、客服推诿，已向市场监管局投诉',
      '{official}承诺的学校扩建两年没有动工，预算去哪了？请公布资金使用明细',
      '{company}这次裁员不给N+1补偿，违反劳动法，大家可以去劳动仲裁',
    ],
    en: [
      "{official}'s handling of the water contamination was incompetent and residents are owed a full public inquiry.",
      "{company}'s CEO misled investors about the layoffs. This is a disgrace and regulators should look into it.",
      'Terrible service from {company}: three weeks without a refund and support keeps hanging up. Avoid.',
      "{official}'s new housing policy is cruel and badly thought out; I will vote against it and so should you.",
    ],
  },
};

export const names: Record<Lang, string[]> = {
  zh: ['林晓雨', '王梓涵', '陈思远', '刘佳琪', '赵子萱', '孙浩然', '周雨桐', '吴俊杰', '郑可欣', '黄诗琪', '何明轩', '许若彤'],
  en: ['Emma Walsh', 'Liam Carter', 'Priya Nair', 'Jordan Lee', 'Sofia Martinez', 'Noah Fischer', 'Chloe Bennett', 'Marcus Hill', 'Aisha Khan', 'Ben Okafor'],
};

export const places = {
  zh: {
    addr: ['幸福路88号3单元502', '光明小区7栋1201', '东湖街道桂花巷16号', '新华路212弄5号401'],
    phone: ['13800131234', '13800135678', '13800139021', '13800134410'],
    school: ['市第三中学', '实验小学', '滨江职业技术学院', '育才初级中学'],
    company: ['星河外卖', '蓝鲸科技', '恒泰物业', '安康医院'],
    official: ['市应急管理局', '区教育局', '某县县长', '市住建局'],
    region: ['某省', '那个地方', '外地', '某县'],
  },
  en: {
    addr: ['42 Elm Street, Apt 5B', '17 Harbour Road', '9 Willow Court, Flat 3', '230 Maple Avenue'],
    phone: ['555-0142', '555-0187', '555-0123', '555-0199'],
    school: ['Riverside High', 'Oakwood Middle School', 'St Mary\'s Academy', 'Northgate College'],
    company: ['Brightline Couriers', 'Nimbus Telecom', 'Harbor Health', 'Apex Foods'],
    official: ['The city council', 'The transport minister', 'Mayor Collins', 'The county health board'],
    region: ['that town', 'the north', 'that country', 'the estate'],
  },
} as const;

/** What surrounded the content on each channel: the thread, the room, the earlier messages. */
export const contexts: Record<Lang, Record<string, string[]>> = {
  zh: {
    post: ['转发自热门话题', '配图：当事人的生活照（已打码）'],
    comment: ['原帖：{name}分享了自己的毕业照', '楼上：这也太过分了吧，别骂了'],
    private_message: ['对方：你是{name}吧', '对方：别装不认识，我知道是你', '（{name}未回复）'],
    livestream: ['直播间标题：和大家聊聊最近的事', '弹幕：主播别哭了'],
    short_video: ['视频标题：{name}的道歉视频', '热评第一：道歉有用要警察干嘛'],
    bullet_comment: ['视频：{name}的舞蹈练习', '同屏弹幕：前方高能'],
    topic: ['话题阅读量 230 万', '话题主持人：匿名'],
    group: ['群成员 486 人', '群公告：只收“投稿”，匿名发布'],
    account: ['注册于三天前', '最近发布 57 条，全部与{name}有关'],
  },
  en: {
    post: ['Shared from a trending thread', 'Attached: a photo of the person (blurred)'],
    comment: ["Original post: {name} shared her graduation photo", 'Reply above: this is going too far, stop'],
    private_message: ['Them: you are {name}, right?', "Them: don't pretend, I know it's you", '({name} did not reply)'],
    livestream: ['Room title: talking about what happened', 'Chat: stop crying'],
    short_video: ["Video title: {name}'s apology", 'Top comment: an apology changes nothing'],
    bullet_comment: ["Video: {name}'s dance practice", 'Overlay: here it comes'],
    topic: ['Topic views: 2.3M', 'Topic host: anonymous'],
    group: ['486 members', 'Pinned: submissions only, posted anonymously'],
    account: ['Created three days ago', '57 posts, all about {name}'],
  },
};

/** Around legitimate criticism: a public discussion, not a person being hounded. */
export const criticismContexts: Record<Lang, string[]> = {
  zh: ['原帖：市民反映{official}的处理情况', '评论：支持，希望相关部门尽快回应'],
  en: ['Thread: residents discuss how {official} handled it', 'Reply: agreed, we need answers'],
};

export const descriptions: Record<Lang, string[]> = {
  zh: ['这是在网暴我朋友，请尽快处理', '我是当事人，已经被骂了好几天了', '他们在泄露我的家庭住址', '孩子看到这些内容后很害怕', ''],
  en: ['This is harassment of my friend, please act quickly', 'I am the person targeted, this has gone on for days', 'They posted my home address', 'My child is scared after seeing this', ''],
};
