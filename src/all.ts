// Defines every element of the library: the CDN bundle's entry and `vertaistuki-widgets/all.js`.
import './config/define.js';
import './group-signup/define.js';
import './phase-timer/define.js';
import './reflection-card/define.js';
import './survey/define.js';
